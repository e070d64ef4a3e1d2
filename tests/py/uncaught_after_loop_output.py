squares = []
for i in range(10):
    squares.append(i * i)
    print(i, squares[-1])
print(sum(squares))
print(squares[10])
