from typing import Literal

NotificationReceiveNotificationBodyType = Literal["CPU", "Memory"]

NOTIFICATION_RECEIVE_NOTIFICATION_BODY_TYPE_VALUES: set[NotificationReceiveNotificationBodyType] = {
    "CPU",
    "Memory",
}


def check_notification_receive_notification_body_type(
    value: str,
) -> NotificationReceiveNotificationBodyType:
    if value in NOTIFICATION_RECEIVE_NOTIFICATION_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_RECEIVE_NOTIFICATION_BODY_TYPE_VALUES!r}"
    )
