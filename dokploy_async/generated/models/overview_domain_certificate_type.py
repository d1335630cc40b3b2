from typing import Literal, cast

OverviewDomainCertificateType = Literal["custom", "letsencrypt", "none"]

OVERVIEW_DOMAIN_CERTIFICATE_TYPE_VALUES: set[OverviewDomainCertificateType] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_overview_domain_certificate_type(value: str) -> OverviewDomainCertificateType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``OVERVIEW_DOMAIN_CERTIFICATE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(OverviewDomainCertificateType, value)
