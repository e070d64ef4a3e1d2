class G:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
print(2 in G(), 7 in G())
class Str:
    def __getitem__(self, i):
        return 'xyz'[i]
print(list(Str()), ''.join(Str()))
print(list(map(str.upper, Str())))
