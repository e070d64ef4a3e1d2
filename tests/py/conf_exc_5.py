def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")

try:
    finally_raises()
except KeyError as e:
    print("got KeyError", e, "| context:", type(e.__context__).__name__, e.__context__)
except ValueError:
    print("got ValueError (wrong)")

def except_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        raise IndexError("during handling")
    finally:
        print("finally still runs")

try:
    except_raises()
except IndexError as e:
    print("IndexError:", e, type(e.__context__).__name__)

def nested():
    order = []
    try:
        try:
            order.append("inner try")
            raise TypeError("t")
        except ValueError:
            order.append("inner except (no)")
        finally:
            order.append("inner finally")
    except TypeError:
        order.append("outer except")
    finally:
        order.append("outer finally")
    return order

print(nested())

def counter():
    n = 0
    for i in range(3):
        try:
            n += 1
            if i == 2:
                raise StopIteration
        except StopIteration:
            n += 100
        finally:
            n += 10
    return n

print(counter())
