from typing import Literal, cast

WebServerSettingsCertificateType = Literal["custom", "letsencrypt", "none"]

WEB_SERVER_SETTINGS_CERTIFICATE_TYPE_VALUES: set[WebServerSettingsCertificateType] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_web_server_settings_certificate_type(value: str) -> WebServerSettingsCertificateType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``WEB_SERVER_SETTINGS_CERTIFICATE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(WebServerSettingsCertificateType, value)
