from typing import Literal

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
    if value in FORWARD_AUTH_SET_AUTH_DOMAIN_BODY_CERTIFICATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FORWARD_AUTH_SET_AUTH_DOMAIN_BODY_CERTIFICATE_TYPE_VALUES!r}"
    )
