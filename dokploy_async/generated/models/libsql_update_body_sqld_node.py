from typing import Literal

LibsqlUpdateBodySqldNode = Literal["primary", "replica"]

LIBSQL_UPDATE_BODY_SQLD_NODE_VALUES: set[LibsqlUpdateBodySqldNode] = {
    "primary",
    "replica",
}


def check_libsql_update_body_sqld_node(value: str) -> LibsqlUpdateBodySqldNode:
    if value in LIBSQL_UPDATE_BODY_SQLD_NODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIBSQL_UPDATE_BODY_SQLD_NODE_VALUES!r}"
    )
