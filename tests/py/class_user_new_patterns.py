class Point:
    __slots__ = ('x', 'y')
    def __new__(cls, x=0, y=0):
        self = super().__new__(cls)
        return self
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
print(Point(1, y=2), Point())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = object.__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
a, b, c = Cached('a'), Cached('a'), Cached('b')
print(a is b, a is c, len(Cached._cache))
class WithStatic:
    @staticmethod
    def __new__(cls):
        return object.__new__(cls)
print(type(WithStatic()).__name__)
class Err(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
try:
    raise Err('boom')
except Err as e:
    print('caught', type(e).__name__)
class Counted:
    count = 0
    def __new__(cls, *a, **k):
        cls.count += 1
        return super().__new__(cls)
    def __init__(self, v, *, tag=None):
        self.v, self.tag = v, tag
x = Counted(1, tag='t')
print(Counted.count, x.v, x.tag)
