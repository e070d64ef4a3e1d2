def show(*args, **kwargs):
    print("args:", args)
    print("kwargs:", kwargs)
    for i, a in enumerate(args):
        print(" ", i, a)
    for k in kwargs:
        print(" ", k, "->", kwargs[k])

show()
show(1, "two", [3])
show(x=1, y=[2])
show(1, 2, *[3, 4], sep="|", **{"end": "."})

def avg(first, *rest):
    nums = (first,) + rest
    return sum(nums) / len(nums)
print(avg(1), avg(1, 2, 3, 4))

def build_profile(first, last, **user_info):
    user_info["first_name"] = first
    user_info["last_name"] = last
    return user_info
print(build_profile("albert", "einstein", location="princeton", field="physics"))

def make_pizza(size, *toppings):
    print(f"Making a {size}-inch pizza with the following toppings:")
    for topping in toppings:
        print(f"- {topping}")
make_pizza(16, "pepperoni")
make_pizza(12, "mushrooms", "green peppers", "extra cheese")
