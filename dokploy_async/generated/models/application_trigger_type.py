from typing import Literal, cast

ApplicationTriggerType = Literal["push", "tag"]

APPLICATION_TRIGGER_TYPE_VALUES: set[ApplicationTriggerType] = {
    "push",
    "tag",
}


def check_application_trigger_type(value: str) -> ApplicationTriggerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``APPLICATION_TRIGGER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ApplicationTriggerType, value)
