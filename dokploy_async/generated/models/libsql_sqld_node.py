from typing import Literal, cast

LibsqlSqldNode = Literal["primary", "replica"]

LIBSQL_SQLD_NODE_VALUES: set[LibsqlSqldNode] = {
    "primary",
    "replica",
}


def check_libsql_sqld_node(value: str) -> LibsqlSqldNode:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``LIBSQL_SQLD_NODE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(LibsqlSqldNode, value)
