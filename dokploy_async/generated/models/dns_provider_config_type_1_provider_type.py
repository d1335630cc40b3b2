from typing import Literal, cast

DnsProviderConfigType1ProviderType = Literal["route53"]

DNS_PROVIDER_CONFIG_TYPE_1_PROVIDER_TYPE_VALUES: set[DnsProviderConfigType1ProviderType] = {
    "route53",
}


def check_dns_provider_config_type_1_provider_type(
    value: str,
) -> DnsProviderConfigType1ProviderType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DNS_PROVIDER_CONFIG_TYPE_1_PROVIDER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DnsProviderConfigType1ProviderType, value)
