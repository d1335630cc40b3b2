from typing import Literal, cast

CustomRoleGetStatementsResultEnvVarsItem = Literal["read", "write"]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_ENV_VARS_ITEM_VALUES: set[
    CustomRoleGetStatementsResultEnvVarsItem
] = {
    "read",
    "write",
}


def check_custom_role_get_statements_result_env_vars_item(
    value: str,
) -> CustomRoleGetStatementsResultEnvVarsItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_ENV_VARS_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultEnvVarsItem, value)
