from typing import Literal, cast

CustomRoleGetStatementsResultDnsProviderItem = Literal["create", "delete", "read", "update"]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_DNS_PROVIDER_ITEM_VALUES: set[
    CustomRoleGetStatementsResultDnsProviderItem
] = {
    "create",
    "delete",
    "read",
    "update",
}


def check_custom_role_get_statements_result_dns_provider_item(
    value: str,
) -> CustomRoleGetStatementsResultDnsProviderItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_DNS_PROVIDER_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultDnsProviderItem, value)
