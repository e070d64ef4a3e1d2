class A:
    def __init__(self, x):
        self.x = x

try:
    A()
except TypeError as e:
    print("TypeError:", e)
try:
    A(1, 2)
except TypeError as e:
    print("TypeError:", e)

class B:
    pass

try:
    B(1)
except TypeError as e:
    print("TypeError:", e)

class C:
    def __init__(self):
        return 5

try:
    C()
except TypeError as e:
    print("TypeError:", e)

print(A(x=3).x)

class D:
    def method(self):
        return 1

try:
    D.method()
except TypeError as e:
    print("TypeError:", e)
print(D.method(D()))
try:
    D().nope()
except AttributeError as e:
    print("AttributeError:", e)
try:
    A(1)()
except TypeError as e:
    print("TypeError:", e)
