def validate(age):
    if age < 0:
        raise ValueError("age must be non-negative")
    return age

print(validate(5))
print(validate(0))
print(validate(-1))
print("never")
