def risky():
    return {}["missing"]

try:
    risky()
except KeyError as e:
    print("caught", e, "- re-raising")
    raise
print("never")
