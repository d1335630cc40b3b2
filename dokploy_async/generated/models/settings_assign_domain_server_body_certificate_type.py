from typing import Literal, cast

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
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SETTINGS_ASSIGN_DOMAIN_SERVER_BODY_CERTIFICATE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(SettingsAssignDomainServerBodyCertificateType, value)
