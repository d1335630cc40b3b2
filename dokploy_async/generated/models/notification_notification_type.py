from typing import Literal, cast

NotificationNotificationType = Literal[
    "custom",
    "discord",
    "email",
    "gotify",
    "lark",
    "mattermost",
    "ntfy",
    "pushover",
    "resend",
    "slack",
    "teams",
    "telegram",
]

NOTIFICATION_NOTIFICATION_TYPE_VALUES: set[NotificationNotificationType] = {
    "custom",
    "discord",
    "email",
    "gotify",
    "lark",
    "mattermost",
    "ntfy",
    "pushover",
    "resend",
    "slack",
    "teams",
    "telegram",
}


def check_notification_notification_type(value: str) -> NotificationNotificationType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``NOTIFICATION_NOTIFICATION_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(NotificationNotificationType, value)
