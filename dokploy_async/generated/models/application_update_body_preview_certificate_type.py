from typing import Literal

ApplicationUpdateBodyPreviewCertificateType = Literal["custom", "letsencrypt", "none"]

APPLICATION_UPDATE_BODY_PREVIEW_CERTIFICATE_TYPE_VALUES: set[
    ApplicationUpdateBodyPreviewCertificateType
] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_application_update_body_preview_certificate_type(
    value: str,
) -> ApplicationUpdateBodyPreviewCertificateType:
    if value in APPLICATION_UPDATE_BODY_PREVIEW_CERTIFICATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_UPDATE_BODY_PREVIEW_CERTIFICATE_TYPE_VALUES!r}"
    )
