from typing import Literal, cast

VaultProviderConfigType1ProviderType = Literal["infisical"]

VAULT_PROVIDER_CONFIG_TYPE_1_PROVIDER_TYPE_VALUES: set[VaultProviderConfigType1ProviderType] = {
    "infisical",
}


def check_vault_provider_config_type_1_provider_type(
    value: str,
) -> VaultProviderConfigType1ProviderType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``VAULT_PROVIDER_CONFIG_TYPE_1_PROVIDER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(VaultProviderConfigType1ProviderType, value)
