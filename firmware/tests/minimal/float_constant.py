# A float literal in a program for the minimal VM: the image loads, and the
# VM raises before running anything, naming the missing feature.
print("never printed")
x = 1.5
