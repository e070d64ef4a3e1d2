class Account:
    interest = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))

    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError("insufficient funds: have %d, need %d" % (self.balance, amt))
        self.balance -= amt
        self.history.append(("wd", amt))

    def __str__(self):
        return "#%d %s: %d" % (self.id, self.owner, self.balance)


class Savings(Account):
    interest = 0.05

    def add_interest(self):
        gain = int(self.balance * self.interest)
        self.deposit(gain)
        return gain


a = Account("ann", 100)
s = Savings("sam", 1000)
a.deposit(50)
for amt in [30, 500]:
    try:
        a.withdraw(amt)
    except ValueError as e:
        print("error:", e)
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
print(a)
print(s, s.add_interest(), s)
print(a.history)
print(s.history)
print(Account.interest, Savings.interest, a.interest, s.interest)
Account.interest = 0.03
print(a.interest, s.interest)
print(Account._next_id)
