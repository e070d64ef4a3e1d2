try:
    print("%d" % "x")
except Exception as e:
    print(type(e).__name__, e)
try:
    print("%d %d" % (1,))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("%d" % (1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("%z" % 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print("%x" % 1.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print("%(a)s" % (1,))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("%f" % "s")
except Exception as e:
    print(type(e).__name__, e)
try:
    print("%(a)s" % {})
except Exception as e:
    print(type(e).__name__, e)
try:
    print("abc" % 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print("%c" % "ab")
except Exception as e:
    print(type(e).__name__, e)
print("%s" % "end")
print("%d" % 5 % ())
