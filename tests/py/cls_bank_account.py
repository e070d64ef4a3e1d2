class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"


class Savings(Account):
    interest = 0.05

    def add_interest(self):
        self.deposit(round(self._balance * self.interest, 2))


a = Account("ann", 100)
s = Savings("bob", 1000)
a.deposit(50).withdraw(30)
s.add_interest()
print(a, s, a.id, s.id, a.balance, s.balance)
print(a.history)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available)
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
try:
    a.balance = 5
except AttributeError:
    print("read-only balance")
print(isinstance(s, Account), Savings.interest, Account.interest, s.interest)
