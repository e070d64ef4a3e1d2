print("%d %s %r %5.2f %x %o %e %g %c %%" % (42, "hi", "hi", 3.14159, 255, 8, 12345.678, 0.0001, 65))
print("%-5d|%05d|%+d|% d|%#x|%#o|%X" % (3, -3, 3, 3, 255, 8, 255))
print("Hello, %s!" % "world")
print("%s and %s" % ("a", "b"))
print("%d%%" % 50)
name = "Ann"
age = 7
print("%s is %d years old" % (name, age))
print("%.2f" % (2 / 3))
print("%8.3f|%-8.3f|%08.3f" % (3.14159, 3.14159, -3.14159))
print("%s" % None, "%s" % True, "%d" % True)
print("%s" % [1, 2], "%s" % (1,), "%.3s" % "abcdef", "%10s|%-10s|" % ("a", "b"))
