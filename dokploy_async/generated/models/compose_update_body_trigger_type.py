from typing import Literal

ComposeUpdateBodyTriggerType = Literal["push", "tag"]

COMPOSE_UPDATE_BODY_TRIGGER_TYPE_VALUES: set[ComposeUpdateBodyTriggerType] = {
    "push",
    "tag",
}


def check_compose_update_body_trigger_type(value: str) -> ComposeUpdateBodyTriggerType:
    if value in COMPOSE_UPDATE_BODY_TRIGGER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPOSE_UPDATE_BODY_TRIGGER_TYPE_VALUES!r}"
    )
