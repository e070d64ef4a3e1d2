class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __str__(self):
        return f"{self.rank}{self.suit}"

    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"


c = Card("Q", "h")
print("card: {}".format(c))
print("card: {!r}".format(c))
print("{0} and {0}".format(c))
try:
    print("[{:>6}]".format(c))
except TypeError as e:
    print("TypeError:", e)
print(f"[{c}] [{c!r}] [{str(c):>5}]")

print(str(c) + "!", repr([c]))
hand = [Card("A", "s"), Card("2", "s")]
print(", ".join([str(hand[0]), str(hand[1])]))
print(hand)
try:
    print(f"{c:>5}")
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return "$" + format(self.v, spec) if spec else "$" + str(self.v)


m = Money(3.14159)
print(f"{m} {m:.2f}", "{:.1f}".format(m), "{}".format(m))
