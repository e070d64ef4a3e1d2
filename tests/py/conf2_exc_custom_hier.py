class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
def find(k):
    if k != "x":
        raise NotFound(f"{k} missing", 404)
    return 1
for k in ["x", "y"]:
    try:
        print(find(k))
    except AppError as e:
        print(type(e).__name__, e, e.code, e.args)
    finally:
        print("done", k)
try:
    try:
        find("z")
    except NotFound:
        raise
except AppError as e:
    print("reraised", e)
errs = (ValueError, TypeError)
try:
    int("q")
except errs as e:
    print("tuple catch", type(e).__name__)
