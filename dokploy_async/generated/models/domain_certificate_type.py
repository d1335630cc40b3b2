from typing import Literal, cast

DomainCertificateType = Literal["custom", "letsencrypt", "none"]

DOMAIN_CERTIFICATE_TYPE_VALUES: set[DomainCertificateType] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_domain_certificate_type(value: str) -> DomainCertificateType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DOMAIN_CERTIFICATE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DomainCertificateType, value)
