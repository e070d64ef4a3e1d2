import math


class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    @property
    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return "Item(%r, %.2f, %d)" % (self.name, self.price, self.qty)


class Cart:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty=1):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)
        return self

    def remove(self, name, qty=1):
        it = self.items.get(name)
        if it is None:
            raise KeyError(name)
        it.qty -= qty
        if it.qty <= 0:
            del self.items[name]

    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: (-i.total, i.name)))

    def subtotal(self):
        return sum(i.total for i in self.items.values())


c = Cart().add("pen", 1.25, 4).add("book", 12.5).add("mug", 7.0, 2).add("pen", 1.25)
c.remove("mug")
try:
    c.remove("lamp")
except KeyError as e:
    print("no such item:", e)
for it in c:
    print(f"{it.name:<6}{it.qty:>3} x {it.price:>6.2f} = {it.total:>7.2f}")
sub = c.subtotal()
tax = round(sub * 0.0825, 2)
print(f"{'subtotal':<18}{sub:>7.2f}")
print(f"{'tax':<18}{tax:>7.2f}")
print(f"{'total':<18}{sub + tax:>7.2f}")
print("boxes needed:", math.ceil(sum(i.qty for i in c) / 4))
print(list(c))
