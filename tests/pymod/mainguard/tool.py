def run():
    return "tool.run in " + __name__
if __name__ == "__main__":
    print("tool run as script (should not print)")
else:
    print("tool imported as", __name__)
