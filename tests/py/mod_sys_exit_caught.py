import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.args, type(e).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.args)
try:
    sys.exit("message")
except BaseException as e:
    print(type(e).__name__, e)
raise SystemExit
