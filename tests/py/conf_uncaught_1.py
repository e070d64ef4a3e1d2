class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__("need %d, have %d" % (need, have))
        self.need = need
        self.have = have


balance = 100
for amt in [30, 50, 40]:
    print("withdrawing", amt, "from", balance)
    if amt > balance:
        raise InsufficientFunds(amt, balance)
    balance -= amt
    print("balance now", balance)
print("unreachable")
