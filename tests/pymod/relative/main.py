import shapes
from shapes import circle
from shapes.solid import cube
print(shapes.describe())
print(circle.area(2))
print(cube.volume(3), cube.helper_name())
print(shapes.solid.NAME, shapes.solid.cube is cube)
