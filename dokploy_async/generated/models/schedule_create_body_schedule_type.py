from typing import Literal

ScheduleCreateBodyScheduleType = Literal["application", "compose", "dokploy-server", "server"]

SCHEDULE_CREATE_BODY_SCHEDULE_TYPE_VALUES: set[ScheduleCreateBodyScheduleType] = {
    "application",
    "compose",
    "dokploy-server",
    "server",
}


def check_schedule_create_body_schedule_type(value: str) -> ScheduleCreateBodyScheduleType:
    if value in SCHEDULE_CREATE_BODY_SCHEDULE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEDULE_CREATE_BODY_SCHEDULE_TYPE_VALUES!r}"
    )
