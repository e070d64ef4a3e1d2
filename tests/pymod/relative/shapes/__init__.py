from . import circle
from .square import side
def describe():
    return "shapes: " + circle.NAME + ", square side " + str(side(16))
