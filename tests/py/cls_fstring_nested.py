class P:
    def __repr__(self):
        return "P!"
print(f"{[P()]} {(P(),)!r} {P()}")
