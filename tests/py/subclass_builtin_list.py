class MyList(list):
    def total(self):
        return sum(self)

l = MyList([1, 2, 3])
l.append(4)
l.extend([5])
print(l, len(l), l.total(), l[0], l[-1], l[1:3], type(l[1:3]).__name__)
print(repr(l), str(l), f"{l}", "%s" % l)
print(isinstance(l, list), isinstance(l, MyList), type(l).__name__, type(l) is MyList)
print(issubclass(MyList, list), MyList.__mro__ == (MyList, list, object))
print(bool(MyList()), bool(l), 3 in l, 9 in l, 9 not in l)
r = l + [6]
print(r, type(r).__name__)
print([0] + l, type([0] + l).__name__)
l2 = l
l += [7]
print(l is l2, type(l).__name__, l)
print(l * 2 == list(l) * 2)
print(l == [1, 2, 3, 4, 5, 7], l != [1], l < [2], MyList([1]) == MyList([1]))
print(sorted(MyList([3, 1, 2])), sum(MyList([1, 2])), max(l), min(l), list(l), tuple(l))
print(list(reversed(l)), [x * 2 for x in l], next(enumerate(l)))
a, b, *c = MyList([1, 2, 3, 4])
print(a, b, c)
l[0] = 100
del l[1]
print(l, l.pop(), l.index(3), l.count(3))
l.sort(reverse=True)
print(l)
l.insert(0, -1)
l.remove(5)
print(l, l.copy(), type(l.copy()).__name__)
print(", ".join(MyList(["a", "b"])))
print(list.__len__(l), list.append(l, 9), l)

class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s, len(s))

class Loud(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def append(self, x):
        print("append", x)
        super().append(x)

q = Loud([5, 6])
print(q[1])
q[0] = 9
q.append(3)
print(q, len(q))

class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def __repr__(self):
        return f"Named({self.name!r}, {list(self)})"

n = Named("x", [1, 2])
print(n, n.name, len(n), [n])
n2 = Named("y")
print(n2, bool(n2))

class Init2(list):
    def __init__(self, *args):
        list.__init__(self, args)

print(Init2(1, 2, 3))

class WithLen(list):
    def __len__(self):
        return 42
w = WithLen([1])
print(len(w), bool(w))
class Eq(list):
    def __eq__(self, o):
        return True
print(Eq() == [1, 2], Eq([1]) != 5)
import json
print(json.dumps(MyList([1, 2])))
