import sys
print("x")
sys.exit("fatal: bad input")
