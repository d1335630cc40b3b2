from typing import Literal

SettingsAssignDomainServerBodyCertificateType = Literal["custom", "letsencrypt", "none"]

SETTINGS_ASSIGN_DOMAIN_SERVER_BODY_CERTIFICATE_TYPE_VALUES: set[
    SettingsAssignDomainServerBodyCertificateType
] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_settings_assign_domain_server_body_certificate_type(
    value: str,
) -> SettingsAssignDomainServerBodyCertificateType:
    if value in SETTINGS_ASSIGN_DOMAIN_SERVER_BODY_CERTIFICATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SETTINGS_ASSIGN_DOMAIN_SERVER_BODY_CERTIFICATE_TYPE_VALUES!r}"
    )
