# A finally body that breaks, continues or returns overrides a pending return.
def brk():
    for i in range(3):
        try:
            return i
        finally:
            break
    return "after break"

def cont():
    n = 0
    for i in range(3):
        try:
            n += 1
            return "never"
        finally:
            continue
    return "after continue", n

def ret():
    try:
        return "try"
    finally:
        return "finally"

def nested():
    while True:
        try:
            try:
                return 1
            finally:
                print("inner finally")
        finally:
            break
    return "nested done"

print(brk(), cont(), ret(), nested())
