import sys
sys.path.append('lib')  # MicroPython searches lib/ itself
import helper
import helper
from helper import double, counter
import pkg.sub
import pkg.sub as ps
from pkg import sub
from pkg.sub import VALUE
import math
print(helper.double(4), double(5), VALUE, ps.VALUE, sub is ps, pkg.sub is ps)
print(__name__, helper.__name__, pkg.__name__, ps.__name__)
helper.x = 42
print(helper.get_x())
counter()
counter()
print(helper.count)
print(math.sqrt(16))
def f():
    import helper as h2
    return h2.double(21)
print(f())
print(pkg.PKGVAL)
print(sorted(k for k in sys.modules if k in ("helper", "pkg", "pkg.sub")))
print(sys.modules["helper"] is helper)
