from typing import Literal

ScheduleListScheduleType = Literal["application", "compose", "dokploy-server", "server"]

SCHEDULE_LIST_SCHEDULE_TYPE_VALUES: set[ScheduleListScheduleType] = {
    "application",
    "compose",
    "dokploy-server",
    "server",
}


def check_schedule_list_schedule_type(value: str) -> ScheduleListScheduleType:
    if value in SCHEDULE_LIST_SCHEDULE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEDULE_LIST_SCHEDULE_TYPE_VALUES!r}"
    )
