from typing import Literal, cast

DomainUpdateBodyCertificateType = Literal["custom", "letsencrypt", "none"]

DOMAIN_UPDATE_BODY_CERTIFICATE_TYPE_VALUES: set[DomainUpdateBodyCertificateType] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_domain_update_body_certificate_type(value: str) -> DomainUpdateBodyCertificateType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DOMAIN_UPDATE_BODY_CERTIFICATE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DomainUpdateBodyCertificateType, value)
