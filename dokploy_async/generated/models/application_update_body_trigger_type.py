from typing import Literal

ApplicationUpdateBodyTriggerType = Literal["push", "tag"]

APPLICATION_UPDATE_BODY_TRIGGER_TYPE_VALUES: set[ApplicationUpdateBodyTriggerType] = {
    "push",
    "tag",
}


def check_application_update_body_trigger_type(value: str) -> ApplicationUpdateBodyTriggerType:
    if value in APPLICATION_UPDATE_BODY_TRIGGER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_UPDATE_BODY_TRIGGER_TYPE_VALUES!r}"
    )
