from typing import Literal, cast

ComposeTriggerType = Literal["push", "tag"]

COMPOSE_TRIGGER_TYPE_VALUES: set[ComposeTriggerType] = {
    "push",
    "tag",
}


def check_compose_trigger_type(value: str) -> ComposeTriggerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``COMPOSE_TRIGGER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ComposeTriggerType, value)
