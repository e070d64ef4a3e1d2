import m1
import m2
x = "main"
print(x, m1.x, m2.x)
print(m1.get(), m2.get())
m1.set("changed")
print(x, m1.x, m2.x, m1.get())
print(m1.call_other())
m2.x = "set from main"
print(m2.get(), m1.call_other())
print(m1.Thing().who(), m2.make().who())
del m1.x
print(hasattr(m1, "x"))
try:
    m1.get()
except NameError as e:
    print("NameError", e)
print(m2.C, m1.Thing.__module__, m2.C.__module__)
class Local:
    pass
print(Local, Local.__module__)
print(type(m1).__name__)
