import m2
x = "m1"
def get():
    return x
def set(v):
    global x
    x = v
def call_other():
    return m2.get()
class Thing:
    def who(self):
        return "Thing in " + __name__ + " x=" + x
