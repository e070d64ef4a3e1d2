NAME = "solid"
