pub2 = "p2"
_p2 = "hidden"
_private = 5
