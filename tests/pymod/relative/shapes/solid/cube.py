from .. import square
from ..circle import NAME as CIRCLE
from . import NAME
def volume(a):
    return a ** 3
def helper_name():
    return square.__name__ + " " + CIRCLE + " " + NAME
