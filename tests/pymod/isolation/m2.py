x = "m2"
def get():
    return x
class C:
    def who(self):
        return __name__ + ":" + x
def make():
    return C()
