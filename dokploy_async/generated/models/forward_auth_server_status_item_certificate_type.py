from typing import Literal, cast

ForwardAuthServerStatusItemCertificateType = Literal["custom", "letsencrypt", "none"]

FORWARD_AUTH_SERVER_STATUS_ITEM_CERTIFICATE_TYPE_VALUES: set[
    ForwardAuthServerStatusItemCertificateType
] = {
    "custom",
    "letsencrypt",
    "none",
}


def check_forward_auth_server_status_item_certificate_type(
    value: str,
) -> ForwardAuthServerStatusItemCertificateType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``FORWARD_AUTH_SERVER_STATUS_ITEM_CERTIFICATE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ForwardAuthServerStatusItemCertificateType, value)
