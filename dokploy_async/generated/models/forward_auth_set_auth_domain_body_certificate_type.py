from typing import Literal, cast

ForwardAuthSetAuthDomainBodyCertificateType = Literal["custom", "letsencrypt", "none"]

FORWARD_AUTH_SET_AUTH_DOMAIN_BODY_CERTIFICATE_TYPE_VALUES: set[
    ForwardAuthSetAuthDomainBodyCertificateType
] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_forward_auth_set_auth_domain_body_certificate_type(
    value: str,
) -> ForwardAuthSetAuthDomainBodyCertificateType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``FORWARD_AUTH_SET_AUTH_DOMAIN_BODY_CERTIFICATE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ForwardAuthSetAuthDomainBodyCertificateType, value)
