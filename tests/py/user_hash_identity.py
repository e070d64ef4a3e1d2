class E:
    pass
e1, e2 = E(), E()
d = {e1: 'first', e2: 'second'}
print(d[e1], d[e2], len({e1, e2, e1}))
class C:
    def __eq__(self, o): return NotImplemented
    __hash__ = object.__hash__
c = C()
print({c: 1}[c])
print(hash(1) == hash(1.0) == hash(True), {1: 'a', 1.0: 'b', True: 'c'})
def f(): pass
print({f: 1}[f], {E: 2}[E])
