from typing import Literal, cast

CustomRoleGetStatementsResultLogsItem = Literal["read"]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_LOGS_ITEM_VALUES: set[CustomRoleGetStatementsResultLogsItem] = {
    "read",
}


def check_custom_role_get_statements_result_logs_item(
    value: str,
) -> CustomRoleGetStatementsResultLogsItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_LOGS_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultLogsItem, value)
