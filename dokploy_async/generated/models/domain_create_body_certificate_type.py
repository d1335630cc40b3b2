from typing import Literal, cast

DomainCreateBodyCertificateType = Literal["custom", "letsencrypt", "none"]

DOMAIN_CREATE_BODY_CERTIFICATE_TYPE_VALUES: set[DomainCreateBodyCertificateType] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_domain_create_body_certificate_type(value: str) -> DomainCreateBodyCertificateType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DOMAIN_CREATE_BODY_CERTIFICATE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DomainCreateBodyCertificateType, value)
