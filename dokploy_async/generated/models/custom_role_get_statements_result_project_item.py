from typing import Literal, cast

CustomRoleGetStatementsResultProjectItem = Literal["create", "delete"]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_PROJECT_ITEM_VALUES: set[
    CustomRoleGetStatementsResultProjectItem
] = {
    "create",
    "delete",
}


def check_custom_role_get_statements_result_project_item(
    value: str,
) -> CustomRoleGetStatementsResultProjectItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_PROJECT_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultProjectItem, value)
