class Base:
    def __hash__(self): return 7
    def __eq__(self, o): return type(self) is type(o)
class Sub(Base):
    pass
class Sub2(Base):
    def __eq__(self, o): return False
print(hash(Sub()))
try:
    hash(Sub2())
except TypeError as e:
    print(e)
s = {Sub(), Sub()}
print(len(s))
class H:
    __hash__ = None
try:
    hash(H())
except TypeError as e:
    print(e)
class Big:
    def __hash__(self): return 2**70
print(hash(Big()) == hash(2**70))
class Bad:
    def __hash__(self): return 'x'
try:
    hash(Bad())
except TypeError as e:
    print(e)
