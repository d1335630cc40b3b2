from typing import Literal, cast

NotificationReceiveNotificationBodyType = Literal["CPU", "Memory"]

NOTIFICATION_RECEIVE_NOTIFICATION_BODY_TYPE_VALUES: set[NotificationReceiveNotificationBodyType] = {
    "CPU",
    "Memory",
}


def check_notification_receive_notification_body_type(
    value: str,
) -> NotificationReceiveNotificationBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``NOTIFICATION_RECEIVE_NOTIFICATION_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(NotificationReceiveNotificationBodyType, value)
