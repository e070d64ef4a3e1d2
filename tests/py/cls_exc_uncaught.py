class ConfigError(Exception):
    pass


def load():
    raise ConfigError("no config file")


print("start")
load()
print("unreachable")
