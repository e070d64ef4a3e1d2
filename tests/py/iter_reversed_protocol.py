class S:
    def __len__(self): return 4
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return 'abcd'[i]
print(list(reversed(S())))
class R:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(R())))
class Cont:
    def __iter__(self): return iter([1, 2, 3])
print(2 in Cont(), 5 in Cont())
try:
    reversed(object())
except TypeError as e:
    print(e)
