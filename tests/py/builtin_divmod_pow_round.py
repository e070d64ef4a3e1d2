print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5), pow(5, 3, -7))
print(pow(2, 100, 10**9 + 7), pow(2.0, 0.5))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(-0.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0))
print(round(1e300, 2), round(0.1 + 0.2, 10), round(5.0), type(round(5.0)), type(round(5.0, 1)))
for bad in [(lambda: divmod(1, 0)), (lambda: pow(2, 3, 0)), (lambda: pow(2, -1, 4)), (lambda: round("x"))]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e), e)
