s = "hello world"
print(s[0], s[4], s[-1], s[-5])
print(len(s))
print(s[len(s) - 1])
u = "héllo wörld"
print(len(u))
print(u[1], u[-4], u[7])
e = "a€b😀c"
print(len(e), e[1], e[3], e[-1])
i = 0
while i < len(e):
    print(i, e[i])
    i += 1
