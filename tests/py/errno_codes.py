# errno: the codes MicroPython's errno has, with Linux's values, and errorcode.
import errno

print(errno.EPERM, errno.ENOENT, errno.EIO, errno.EBADF, errno.ENOMEM)
print(errno.EACCES, errno.EEXIST, errno.ENODEV, errno.EISDIR, errno.EINVAL)
print(errno.EADDRINUSE, errno.ECONNABORTED, errno.ECONNRESET, errno.ENOBUFS)
print(errno.ENOTCONN, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EHOSTUNREACH)
print(errno.EALREADY, errno.EINPROGRESS)
for code in (errno.ENODEV, errno.EIO, errno.ETIMEDOUT, errno.EINVAL):
    print(code, errno.errorcode[code])
try:
    raise OSError(errno.ENODEV, "no device")
except OSError as e:
    print(e.args[0] == errno.ENODEV, errno.errorcode[e.args[0]])
import time, math
print(errno.__name__, time.__name__, math.__name__)
