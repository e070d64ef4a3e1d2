class Math:
    factor = 10

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def scaled(cls, x):
        return cls.factor * x

    @classmethod
    def create(cls):
        return cls()


class Sub(Math):
    factor = 100


print(Math.add(1, 2), Math().add(3, 4))
print(Math.scaled(2), Sub.scaled(2), Sub().scaled(3))
print(type(Sub.create()).__name__, type(Math.create()).__name__)


class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __str__(self):
        return f"{self.y:04d}/{self.m:02d}/{self.d:02d}"


d = Date.from_string("2024-02-29")
print(d, Date.is_leap(d.y), Date.is_leap(1900))
