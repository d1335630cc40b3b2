from typing import Literal

LibsqlCreateBodySqldNode = Literal["primary", "replica"]

LIBSQL_CREATE_BODY_SQLD_NODE_VALUES: set[LibsqlCreateBodySqldNode] = {
    "primary",
    "replica",
}


def check_libsql_create_body_sqld_node(value: str) -> LibsqlCreateBodySqldNode:
    if value in LIBSQL_CREATE_BODY_SQLD_NODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIBSQL_CREATE_BODY_SQLD_NODE_VALUES!r}"
    )
