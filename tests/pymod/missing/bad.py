print("bad starts")
x = 1 // 0
