import sys
print(sys.implementation.name in ("cpython", "ferrite", "micropython"), type(sys.argv), len(sys.argv) >= 1)
print(sys.maxsize > 2**30, sys.byteorder in ("little", "big"), type(sys.version))
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("exit none", e.code)
try:
    sys.exit("msg")
except SystemExit as e:
    print(e.code)
