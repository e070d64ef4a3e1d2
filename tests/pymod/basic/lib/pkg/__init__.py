print("pkg init", __name__)
from .sub import VALUE as PKGVAL
