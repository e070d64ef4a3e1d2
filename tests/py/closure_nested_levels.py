def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(2)(3))
print(outer("a")("b")("c"))

def adder(n):
    return lambda m: n + m

add5 = adder(5)
print(add5(10), adder(-1)(1))

def compose(f, g):
    return lambda x: f(g(x))

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

def pass_through():
    v = "deep"
    def a():
        def b():
            def c():
                return v
            return c()
        return b()
    return a()
print(pass_through())
