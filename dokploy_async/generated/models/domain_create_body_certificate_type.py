from typing import Literal

DomainCreateBodyCertificateType = Literal["custom", "letsencrypt", "none"]

DOMAIN_CREATE_BODY_CERTIFICATE_TYPE_VALUES: set[DomainCreateBodyCertificateType] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_domain_create_body_certificate_type(value: str) -> DomainCreateBodyCertificateType:
    if value in DOMAIN_CREATE_BODY_CERTIFICATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_CREATE_BODY_CERTIFICATE_TYPE_VALUES!r}"
    )
