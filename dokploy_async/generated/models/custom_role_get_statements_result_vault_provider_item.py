from typing import Literal, cast

CustomRoleGetStatementsResultVaultProviderItem = Literal["create", "delete", "read", "update"]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_VAULT_PROVIDER_ITEM_VALUES: set[
    CustomRoleGetStatementsResultVaultProviderItem
] = {
    "create",
    "delete",
    "read",
    "update",
}


def check_custom_role_get_statements_result_vault_provider_item(
    value: str,
) -> CustomRoleGetStatementsResultVaultProviderItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_VAULT_PROVIDER_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultVaultProviderItem, value)
