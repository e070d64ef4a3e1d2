def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
it = g()
print(next(it))
it.close()
print('closed')
def g2():
    try:
        yield 1
    except GeneratorExit:
        print('exit seen')
        raise
it = g2(); next(it); it.close()
def g3():
    try:
        yield 1
    finally:
        yield 2
it = g3(); next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
def g4():
    for i in range(3):
        try:
            yield i
        finally:
            print('fin', i)
gen = g4()
for x in gen:
    if x == 1:
        break
gen.close()
print('after')
