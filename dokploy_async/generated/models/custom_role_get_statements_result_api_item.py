from typing import Literal, cast

CustomRoleGetStatementsResultApiItem = Literal["read"]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_API_ITEM_VALUES: set[CustomRoleGetStatementsResultApiItem] = {
    "read",
}


def check_custom_role_get_statements_result_api_item(
    value: str,
) -> CustomRoleGetStatementsResultApiItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_API_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultApiItem, value)
