from typing import Literal, cast

ForwardAuthGetAuthDomainResponse200Type0CertificateType = Literal["custom", "letsencrypt", "none"]

FORWARD_AUTH_GET_AUTH_DOMAIN_RESPONSE_200_TYPE_0_CERTIFICATE_TYPE_VALUES: set[
    ForwardAuthGetAuthDomainResponse200Type0CertificateType
] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_forward_auth_get_auth_domain_response_200_type_0_certificate_type(
    value: str,
) -> ForwardAuthGetAuthDomainResponse200Type0CertificateType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``FORWARD_AUTH_GET_AUTH_DOMAIN_RESPONSE_200_TYPE_0_CERTIFICATE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ForwardAuthGetAuthDomainResponse200Type0CertificateType, value)
