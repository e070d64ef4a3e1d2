class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, "error:", et.__name__ if et else None)
        return False


with Resource("db") as r:
    print("using", r.name)
with Resource("file") as r:
    print("reading", r.name)
    assert r.name == "socket", "expected socket, got " + r.name
print("never")
