# Coroutines driven by hand: send/throw/close, await chains, __await__.


async def add(a, b):
    return a + b


async def chain(n):
    total = 0
    for i in range(n):
        total += await add(i, i)
    return total


c = chain(4)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield "pause"
        print("resumed with", got)
        return self.v * 2


async def use_ready():
    x = await Ready(21)
    return x + 1


c = use_ready()
print(c.send(None))
try:
    c.send("hello")
except StopIteration as e:
    print("done", e.value)


async def catcher():
    try:
        await Ready(1)
    except ValueError as e:
        print("caught", e)
        return "recovered"


c = catcher()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)


async def never():
    try:
        await Ready(1)
    finally:
        print("finally ran")


c = never()
c.send(None)
c.close()


async def bad():
    await 5


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

try:
    for x in add(1, 2):
        pass
except TypeError as e:
    print("TypeError:", e)

c = add(1, 2)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)


async def twice(c):
    return await c


try:
    twice(c).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

print(isinstance(add, type(lambda: 0)))


class Meth:
    async def m(self, x):
        return x * 3

    @staticmethod
    async def s(x):
        return -x


async def calls():
    m = Meth()
    return await m.m(2) + await Meth.s(1)


try:
    calls().send(None)
except StopIteration as e:
    print(e.value)
