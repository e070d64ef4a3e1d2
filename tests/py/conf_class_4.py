class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def c_to_k(c):
        return c + 273.15

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
print(t.celsius)
print(Temperature.c_to_k(0), t.c_to_k(10))
t2 = Temperature.from_f(212)
print(type(t2).__name__, t2.celsius)
print(round(Temperature.from_f(98.6).celsius, 2))
try:
    t.fahrenheit = 5
except AttributeError:
    print("fahrenheit is read-only")


class Sub(Temperature):
    pass


s = Sub.from_f(32)
print(type(s).__name__, s.celsius)
