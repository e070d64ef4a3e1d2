# round(x, n) on the exact binary value and json's float round trip.
import json

for x in [2.675, 0.125, 0.5, 1.5, 2.5, -2.5, 1.005, 123.456, -123.456,
          1e300, 5e-324, 0.1 + 0.2, 1 / 3, 15.0, 5.0, 25.0, 1e22, 0.0, -0.0]:
    print(x, [round(x, n) for n in range(-3, 6)], round(x, 20), round(x, 400))
    print(round(x, -400), round(x, -308), round(x, -309), round(x, 323), round(x, 324))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError", e)
print(round(1.7976931348623157e308, -300))
vals = [0.1, 1e16, 1e-7, 5e-324, 1.7976931348623157e308, 1 / 3, -0.0, 2.5, 123456789.125]
text = json.dumps(vals)
print(text)
back = json.loads(text)
print(back == vals, [repr(v) for v in back])
print(json.loads("[1e400, -1e400, 1E-400, 0.30000000000000004, 12345678901234567890.5]"))
print(round(1.5, 10**30), round(1.5, -10**30), round(-1.5, -10**30), round(2.5, 0), round(-0.5, 0))
