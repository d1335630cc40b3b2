from typing import Literal, cast

CustomRoleGetStatementsResultEnvironmentItem = Literal["create", "delete", "read"]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_ENVIRONMENT_ITEM_VALUES: set[
    CustomRoleGetStatementsResultEnvironmentItem
] = {
    "create",
    "delete",
    "read",
}


def check_custom_role_get_statements_result_environment_item(
    value: str,
) -> CustomRoleGetStatementsResultEnvironmentItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_ENVIRONMENT_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultEnvironmentItem, value)
