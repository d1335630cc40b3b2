from typing import Literal, cast

DnsProviderProviderType = Literal["cloudflare", "route53"]

DNS_PROVIDER_PROVIDER_TYPE_VALUES: set[DnsProviderProviderType] = {
    "cloudflare",
    "route53",
}


def check_dns_provider_provider_type(value: str) -> DnsProviderProviderType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DNS_PROVIDER_PROVIDER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DnsProviderProviderType, value)
