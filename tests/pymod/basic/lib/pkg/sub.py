print("pkg.sub body", __name__)
VALUE = 7
