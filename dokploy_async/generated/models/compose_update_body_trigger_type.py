from typing import Literal, cast

ComposeUpdateBodyTriggerType = Literal["push", "tag"]

COMPOSE_UPDATE_BODY_TRIGGER_TYPE_VALUES: set[ComposeUpdateBodyTriggerType] = {
    "push",
    "tag",
}


def check_compose_update_body_trigger_type(value: str) -> ComposeUpdateBodyTriggerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``COMPOSE_UPDATE_BODY_TRIGGER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ComposeUpdateBodyTriggerType, value)
