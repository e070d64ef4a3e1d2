class AppError(Exception):
    pass


class DatabaseError(AppError):
    def __init__(self, table, op):
        super().__init__(table, op)
        self.table = table

    def __str__(self):
        return "failed %s on %s" % (self.args[1], self.table)


def query(table):
    print("querying", table)
    if table == "orders":
        raise DatabaseError(table, "SELECT")
    return [table + "1"]


for t in ["users", "orders"]:
    try:
        print(query(t))
    except DatabaseError as e:
        print("logging:", e)
        raise
    finally:
        print("cleanup", t)
