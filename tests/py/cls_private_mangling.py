class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        self._protected = "p"
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret()


a = Account("ann")
print(a.owner(), a._protected, Account.count(), a.reveal())
print(a._Account__owner, hasattr(a, "__owner"), hasattr(a, "_Account__owner"))
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.__secret()
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return "AttributeError: " + str(e)


print(Sub("bob").peek(), Sub("cy").owner(), Account.count())
print(sorted(vars(a).keys()))
