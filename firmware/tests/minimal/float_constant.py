# A float literal in a program for the minimal VM: the image loads, and the
# VM raises before running anything, naming the missing feature and where
# the literal is (no traceback can: nothing has run yet).
print("never printed")
x = 1.5
