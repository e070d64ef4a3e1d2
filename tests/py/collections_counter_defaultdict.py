from collections import defaultdict, Counter, OrderedDict
d = defaultdict(list)
d['a'].append(1)
d['b'].append(2)
d['a'].append(3)
print(d)
print(d['a'], 'c' in d, d.get('c'), len(d))
print(dict(d))
n = defaultdict(int)
for w in "the cat the dog the end".split():
    n[w] += 1
print(n, n['zzz'], len(n))
print(isinstance(n, dict), type(n).__name__, n.default_factory)
s = defaultdict(set)
s[1].add(2)
print(s)
e = defaultdict(lambda: 'x')
print(e[1])
z = defaultdict()
try:
    z[1]
except KeyError as ex:
    print('KeyError', ex)
c = Counter('abracadabra')
print(c)
print(c.most_common(2), c['z'], c['a'])
print(sorted(c.elements()))
c.update('aaz')
print(c)
c.subtract({'a': 10})
print(c)
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, c=5)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3)
print(Counter(), Counter([1, 1, 2]).most_common())
print(c3.total(), list(c3.keys()), sum(c3.values()))
od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
od.move_to_end('x')
print(od, list(od))
od.move_to_end('z', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1))
print(isinstance(c, dict), type(c))
