__all__ = ["public", "also"]
public = 1
also = 2
not_listed = 3
hidden = 4
