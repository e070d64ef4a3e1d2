import sys
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
n = sys.stdout.write("written\n")
print(n)
sys.stderr.write("err\n")
sys.stdout.flush()
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
s = Sink()
print("a", "b", file=s, end="!")
print(s.parts)
