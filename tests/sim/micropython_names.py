# MicroPython's older module names and the micropython module's tuning calls.
import utime, ustruct, ujson, urandom, ucollections, usys, uerrno
import micropython

print(utime.ticks_ms() >= 0, utime.__name__, ustruct.pack("<H", 258), ujson.dumps([1]))
print(uerrno.ENODEV, usys.byteorder, ucollections.deque([1, 2]).pop(), urandom.__name__)
micropython.alloc_emergency_exception_buf(100)
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.kbd_intr(-1)
print(micropython.stack_use() > 0)
micropython.mem_info()
