from typing import Literal, cast

NotificationReceiveNotificationBodyServerType = Literal["Dokploy", "Remote"]

NOTIFICATION_RECEIVE_NOTIFICATION_BODY_SERVER_TYPE_VALUES: set[
    NotificationReceiveNotificationBodyServerType
] = {
    "Dokploy",
    "Remote",
}


def check_notification_receive_notification_body_server_type(
    value: str,
) -> NotificationReceiveNotificationBodyServerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``NOTIFICATION_RECEIVE_NOTIFICATION_BODY_SERVER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(NotificationReceiveNotificationBodyServerType, value)
