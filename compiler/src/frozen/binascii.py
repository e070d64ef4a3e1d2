# Ferrite's `binascii` (MicroPython has it built in), compiled into every
# program that imports it: hex and base64 conversions and CRC-32, with
# CPython's results and error messages for what it provides.

__all__ = ["hexlify", "unhexlify", "b2a_hex", "a2b_hex", "b2a_base64",
           "a2b_base64", "crc32", "Error"]


class Error(ValueError):
    pass


_HEX = b"0123456789abcdef"
_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _bytes(data):
    if isinstance(data, str):
        # CPython's a2b_* take ASCII str; b2a_* do not take str at all.
        return data.encode()
    return bytes(data)


def hexlify(data, sep=None, bytes_per_sep=1):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(data)
    out = bytearray()
    for b in data:
        out.append(_HEX[b >> 4])
        out.append(_HEX[b & 15])
    if sep is None or not data:
        return bytes(out)
    if isinstance(sep, str):
        sep = sep.encode()
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    n = abs(bytes_per_sep)
    if n == 0:
        return bytes(out)
    pairs = [out[i:i + 2] for i in range(0, len(out), 2)]
    if bytes_per_sep > 0:
        # Groups counted from the right, as CPython's.
        first = len(pairs) % n or n
        groups = [pairs[:first]] + [pairs[i:i + n] for i in range(first, len(pairs), n)]
    else:
        groups = [pairs[i:i + n] for i in range(0, len(pairs), n)]
    return sep.join(b"".join(g) for g in groups)


b2a_hex = hexlify


def unhexlify(data):
    data = _bytes(data)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _HEX.find(bytes([data[i]]).lower())
        lo = _HEX.find(bytes([data[i + 1]]).lower())
        if hi < 0 or lo < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(hi << 4 | lo)
    return bytes(out)


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes([_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63], _B64[n & 63]])
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes([_B64[n >> 18], _B64[n >> 12 & 63]]) + b"=="
    elif rest == 2:
        n = data[-2] << 16 | data[-1] << 8
        out += bytes([_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63]]) + b"="
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data):
    # As CPython's non-strict mode: characters outside the alphabet are
    # skipped, and the data ends at the padding.
    data = _bytes(data)
    out = bytearray()
    acc = 0
    bits = 0
    count = 0
    pads = 0
    for c in data:
        if c == 61:  # '='
            if count % 4 >= 2 and count % 4 + pads < 4:
                pads += 1
                if count % 4 + pads == 4:
                    break
            continue
        v = _B64.find(bytes([c]))
        if v < 0:
            continue
        if pads:
            # Data after padding that did not end a quantum: start again.
            pads = 0
        acc = acc << 6 | v
        bits += 6
        count += 1
        if bits >= 8:
            bits -= 8
            out.append(acc >> bits & 255)
    else:
        if count % 4 == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4" % count)
        if count % 4 and count % 4 + pads < 4:
            raise Error("Incorrect padding")
    return bytes(out)


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, value=0):
    crc = ~value & 0xFFFFFFFF
    for b in _bytes(data) if not isinstance(data, str) else data.encode():
        crc = _CRC_TABLE[(crc ^ b) & 255] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
