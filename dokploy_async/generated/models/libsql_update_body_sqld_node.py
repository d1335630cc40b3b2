from typing import Literal, cast

LibsqlUpdateBodySqldNode = Literal["primary", "replica"]

LIBSQL_UPDATE_BODY_SQLD_NODE_VALUES: set[LibsqlUpdateBodySqldNode] = {
    "primary",
    "replica",
}


def check_libsql_update_body_sqld_node(value: str) -> LibsqlUpdateBodySqldNode:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``LIBSQL_UPDATE_BODY_SQLD_NODE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(LibsqlUpdateBodySqldNode, value)
