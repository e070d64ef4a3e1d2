def side(a):
    return int(a ** 0.5)
