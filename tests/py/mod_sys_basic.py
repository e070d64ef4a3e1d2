import sys
print(sys.implementation.name in ("cpython", "ferrite"))
print(sys.byteorder, sys.maxsize == 2 ** 63 - 1, type(sys.argv).__name__, len(sys.argv))
print(sys.version_info[0], sys.version_info >= (3, 0))
print(type(sys.platform).__name__)
def main():
    print("working")
    sys.exit(0)
    print("never")
main()
