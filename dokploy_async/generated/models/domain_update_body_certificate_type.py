from typing import Literal

DomainUpdateBodyCertificateType = Literal["custom", "letsencrypt", "none"]

DOMAIN_UPDATE_BODY_CERTIFICATE_TYPE_VALUES: set[DomainUpdateBodyCertificateType] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_domain_update_body_certificate_type(value: str) -> DomainUpdateBodyCertificateType:
    if value in DOMAIN_UPDATE_BODY_CERTIFICATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_UPDATE_BODY_CERTIFICATE_TYPE_VALUES!r}"
    )
