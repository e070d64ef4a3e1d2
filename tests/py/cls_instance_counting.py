class Robot:
    population = 0

    def __init__(self, name):
        self.name = name
        Robot.population += 1
        print(f"(Initializing {self.name})")

    def die(self):
        print(f"{self.name} is being destroyed!")
        Robot.population -= 1
        if Robot.population == 0:
            print(f"{self.name} was the last one.")
        else:
            print(f"There are still {Robot.population:d} robots working.")

    def say_hi(self):
        print(f"Greetings, my masters call me {self.name}.")

    @classmethod
    def how_many(cls):
        print(f"We have {cls.population:d} robots.")


droid1 = Robot("R2-D2")
droid1.say_hi()
Robot.how_many()
droid2 = Robot("C-3PO")
droid2.say_hi()
Robot.how_many()
droid1.die()
droid2.die()
Robot.how_many()


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def is_empty(self):
        return len(self._items) == 0

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


s = Stack()
for ch in "abc":
    s.push(ch)
print(s, len(s), s.peek())
while s:
    print(s.pop(), end=" ")
print()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
