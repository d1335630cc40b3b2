from typing import Literal, cast

ForwardAuthServerStatusItemStatus = Literal["running", "stopped", "unknown"]

FORWARD_AUTH_SERVER_STATUS_ITEM_STATUS_VALUES: set[ForwardAuthServerStatusItemStatus] = {
    "running",
    "stopped",
    "unknown",
}


def check_forward_auth_server_status_item_status(value: str) -> ForwardAuthServerStatusItemStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``FORWARD_AUTH_SERVER_STATUS_ITEM_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ForwardAuthServerStatusItemStatus, value)
