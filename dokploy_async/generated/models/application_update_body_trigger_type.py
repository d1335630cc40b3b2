from typing import Literal, cast

ApplicationUpdateBodyTriggerType = Literal["push", "tag"]

APPLICATION_UPDATE_BODY_TRIGGER_TYPE_VALUES: set[ApplicationUpdateBodyTriggerType] = {
    "push",
    "tag",
}


def check_application_update_body_trigger_type(value: str) -> ApplicationUpdateBodyTriggerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``APPLICATION_UPDATE_BODY_TRIGGER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ApplicationUpdateBodyTriggerType, value)
