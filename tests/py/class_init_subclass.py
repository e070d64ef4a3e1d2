registry = []
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        registry.append(cls.__name__)
class A(Base): pass
class B(A): pass
print(registry)
