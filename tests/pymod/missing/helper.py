VALUE = "helper ok"
