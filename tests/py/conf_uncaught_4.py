class ConfigError(ValueError):
    def __str__(self):
        return "config problem: " + ", ".join(str(a) for a in self.args)


settings = {"port": "80", "host": "", "debug": "yes"}
for key in sorted(settings):
    print(key, repr(settings[key]))
try:
    port = int(settings["port"])
    print("port ok", port)
    if not settings["host"]:
        raise KeyError("host")
except KeyError as e:
    raise ConfigError("empty", e.args[0]) from e
