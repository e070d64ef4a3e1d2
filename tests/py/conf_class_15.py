class Animal:
    sound = "..."
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return "%s says %s" % (self.name, self.sound)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"


class Cat(Animal):
    sound = "meow"

    def speak(self):
        base = Animal.speak(self)
        return base.upper()


zoo = [Dog("rex"), Cat("tom"), Puppy("bit"), Animal("thing")]
for a in zoo:
    print(a.speak())
print(zoo)
print(Animal.count)
print([type(a).__name__ for a in zoo if isinstance(a, Dog)])
print(sorted(zoo, key=lambda a: a.name))
print(Puppy.sound, Puppy.__name__, issubclass(Puppy, Animal))
Dog.sound = "WOOF"
print(zoo[0].speak(), zoo[2].speak())
zoo[2].sound = "yip"
print(zoo[2].speak(), zoo[0].speak())
