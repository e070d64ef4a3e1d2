tests = [
    lambda: [1][5],
    lambda: (1,)[5],
    lambda: "ab"[5],
    lambda: {}[(1, 2)],
    lambda: len(5),
    lambda: 5(),
    lambda: [1] + (2,),
    lambda: 1 < "a",
    lambda: {}.pop("x"),
    lambda: set().pop(),
    lambda: [].pop(),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: int(None),
    lambda: "x" * "y",
    lambda: -"a",
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: 2 ** 0.5 + None,
    lambda: [].index(1),
    lambda: dict(a=1)["b"],
    lambda: abs("x"),
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: divmod(1, 0),
    lambda: (lambda a: a)(),
    lambda: (lambda a: a)(1, 2),
    lambda: (lambda: 0)(x=1),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
