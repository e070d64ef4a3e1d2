# sim: --board lm3s6965 --until 1s
print("about to fail")
values = [1, 2]
print(values[5])
