class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade

    def __lt__(self, other):
        return self.grade < other.grade

    def __repr__(self):
        return f"{self.name}:{self.grade}"


students = [Student("ann", 90), Student("bob", 75), Student("cy", 90), Student("di", 60)]
print(sorted(students))
print(sorted(students, reverse=True))
print(sorted(students, key=lambda s: s.name))
students.sort()
print(students)
print(sorted(students, key=lambda s: (-s.grade, s.name)))
print(Student("x", 1) < Student("y", 2), Student("x", 3) > Student("y", 2))
