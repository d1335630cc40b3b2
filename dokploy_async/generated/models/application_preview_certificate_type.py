from typing import Literal, cast

ApplicationPreviewCertificateType = Literal["custom", "letsencrypt", "none"]

APPLICATION_PREVIEW_CERTIFICATE_TYPE_VALUES: set[ApplicationPreviewCertificateType] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_application_preview_certificate_type(value: str) -> ApplicationPreviewCertificateType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``APPLICATION_PREVIEW_CERTIFICATE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ApplicationPreviewCertificateType, value)
