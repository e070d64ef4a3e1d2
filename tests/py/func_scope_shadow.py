x = "global"

def show():
    print(x)

def shadow():
    x = "local"
    print(x)

show()
shadow()
print(x)

def param(x):
    x = x + "!"
    return x

print(param("arg"), x)
def mutate(lst):
    lst.append("added")
    lst = ["rebound"]
    return lst
data = ["orig"]
print(mutate(data), data)
len_copy = len
def len(v):
    return "custom"
print(len([1, 2]), len_copy([1, 2]))
