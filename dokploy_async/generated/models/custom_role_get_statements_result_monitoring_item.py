from typing import Literal, cast

CustomRoleGetStatementsResultMonitoringItem = Literal["read"]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_MONITORING_ITEM_VALUES: set[
    CustomRoleGetStatementsResultMonitoringItem
] = {
    "read",
}


def check_custom_role_get_statements_result_monitoring_item(
    value: str,
) -> CustomRoleGetStatementsResultMonitoringItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_MONITORING_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultMonitoringItem, value)
