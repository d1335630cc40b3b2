from typing import Literal

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
    if value in NOTIFICATION_RECEIVE_NOTIFICATION_BODY_SERVER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_RECEIVE_NOTIFICATION_BODY_SERVER_TYPE_VALUES!r}"
    )
