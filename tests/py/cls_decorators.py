calls = []

def register(f):
    calls.append(f.__name__)
    return f

def twice(f):
    return f

@register
def alpha():
    return "a"

@register
@twice
def beta():
    return "b"

print(calls, alpha(), beta())

class tag:
    def __init__(self, label):
        self.label = label

    def __call__(self, f):
        calls.append(self.label + ":" + f.__name__)
        return f

@tag("x")
@tag("y")
def gamma(n):
    return n * 2

print(calls, gamma(21))

def add_hello(cls):
    cls.hello = "hello"
    return cls

@add_hello
class K:
    pass

print(K.hello, K().hello)

registry = {}
class reg:
    def __init__(self, name):
        self.name = name
    def __call__(self, cls):
        registry[self.name] = cls
        return cls

@reg("dog")
class Dog:
    def speak(self):
        return "woof"

print(registry["dog"]().speak())
