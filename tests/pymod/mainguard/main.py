import tool
print("main:", __name__)
print(tool.run())
if __name__ == "__main__":
    print("guarded main code runs")
