from typing import Literal

ScheduleUpdateBodyScheduleType = Literal["application", "compose", "dokploy-server", "server"]

SCHEDULE_UPDATE_BODY_SCHEDULE_TYPE_VALUES: set[ScheduleUpdateBodyScheduleType] = {
    "application",
    "compose",
    "dokploy-server",
    "server",
}


def check_schedule_update_body_schedule_type(value: str) -> ScheduleUpdateBodyScheduleType:
    if value in SCHEDULE_UPDATE_BODY_SCHEDULE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEDULE_UPDATE_BODY_SCHEDULE_TYPE_VALUES!r}"
    )
