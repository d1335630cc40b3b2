from typing import Literal, cast

CustomRoleGetStatementsResultAcItem = Literal["create", "delete", "read", "update"]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_AC_ITEM_VALUES: set[CustomRoleGetStatementsResultAcItem] = {
    "create",
    "delete",
    "read",
    "update",
}


def check_custom_role_get_statements_result_ac_item(
    value: str,
) -> CustomRoleGetStatementsResultAcItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_AC_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultAcItem, value)
