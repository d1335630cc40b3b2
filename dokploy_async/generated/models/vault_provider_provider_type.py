from typing import Literal, cast

VaultProviderProviderType = Literal["aws", "azure", "doppler", "hashicorp", "infisical", "scaleway"]

VAULT_PROVIDER_PROVIDER_TYPE_VALUES: set[VaultProviderProviderType] = {
    "aws",
    "azure",
    "doppler",
    "hashicorp",
    "infisical",
    "scaleway",
}


def check_vault_provider_provider_type(value: str) -> VaultProviderProviderType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``VAULT_PROVIDER_PROVIDER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(VaultProviderProviderType, value)
