s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, slice(3), [0, 1, 2, 3, 4, 5][s], "abcdef"[slice(None, None, -1)])
print(isinstance(s, slice), type(s).__name__, s == slice(1, 5, 2) if False else True)
print(s.indices(3) if hasattr(s, "indices") else (1, 3, 2))
