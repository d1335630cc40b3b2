from typing import Literal, cast

VaultProviderConfigType5ProviderType = Literal["scaleway"]

VAULT_PROVIDER_CONFIG_TYPE_5_PROVIDER_TYPE_VALUES: set[VaultProviderConfigType5ProviderType] = {
    "scaleway",
}


def check_vault_provider_config_type_5_provider_type(
    value: str,
) -> VaultProviderConfigType5ProviderType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``VAULT_PROVIDER_CONFIG_TYPE_5_PROVIDER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(VaultProviderConfigType5ProviderType, value)
