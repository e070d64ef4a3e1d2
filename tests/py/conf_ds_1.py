lst = [5, 3, 8]
lst.append(1)
lst.extend([9, 2])
lst.insert(0, 7)
lst.insert(100, 0)
lst.insert(-1, 6)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(2), lst)
lst.remove(9)
print(lst, lst.index(1), lst.count(3), [1, 1, 2, 1].count(1))
try:
    lst.remove(42)
except ValueError:
    print("remove: not in list")
try:
    lst.index(42)
except ValueError:
    print("index: not in list")
lst.reverse()
print(lst)
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
words = ["pear", "Fig", "apple", "date", "Banana"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
print(sorted(words, key=lambda w: (-len(w), w)))
c = lst.copy()
c.append(100)
print(len(lst), len(c), lst[:] == lst, lst[:] is lst)
del c[0]
del c[-2:]
print(c)
c.clear()
print(c, [] == c)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print([1, 2] + [3], [0] * 3, [[0] * 2 for _ in range(2)])
