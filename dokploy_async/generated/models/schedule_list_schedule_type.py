from typing import Literal, cast

ScheduleListScheduleType = Literal["application", "compose", "dokploy-server", "server"]

SCHEDULE_LIST_SCHEDULE_TYPE_VALUES: set[ScheduleListScheduleType] = {
    "application",
    "compose",
    "dokploy-server",
    "server",
}


def check_schedule_list_schedule_type(value: str) -> ScheduleListScheduleType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SCHEDULE_LIST_SCHEDULE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ScheduleListScheduleType, value)
