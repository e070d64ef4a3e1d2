count = 0
def inc():
    print("inc called")
    count += 1
    return count
print("count", count)
inc()
