def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient funds")
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = make_account(100)
dep(50)
wd(30)
print(get())
try:
    wd(1000)
except ValueError as e:
    print("error:", e)
print(get())
d2, w2, g2 = make_account(0)
d2(1)
print(get(), g2())
