x = "global x"


class C:
    x = "class x"
    y = x + "!"
    items = []
    for i in range(3):
        items.append(i * 2)
    if len(items) > 2:
        big = True
    else:
        big = False
    del i

    def get_x(self):
        return x

    def get_class_x(self):
        return self.x


c = C()
print(C.y, C.items, C.big, hasattr(C, "i"))
print(c.get_x(), c.get_class_x())


def make_class(tag):
    class Local:
        label = "local"

        def describe(self):
            return "Local instance"

    return Local


L = make_class("t")
print(L.label, L().describe(), L.__name__)


class Outer:
    class Inner:
        val = 5

    def make(self):
        return self.Inner()


print(Outer.Inner.val, Outer().make().val)


class Empty:
    pass


e = Empty()
e.a = 1
e.b = [1, 2]
print(e.a, e.b, type(e).__name__, Empty.__name__)
print(C, Outer.Inner.__name__)
