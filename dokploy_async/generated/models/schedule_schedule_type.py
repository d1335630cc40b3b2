from typing import Literal, cast

ScheduleScheduleType = Literal["application", "compose", "dokploy-server", "server"]

SCHEDULE_SCHEDULE_TYPE_VALUES: set[ScheduleScheduleType] = {
    "application",
    "compose",
    "dokploy-server",
    "server",
}


def check_schedule_schedule_type(value: str) -> ScheduleScheduleType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SCHEDULE_SCHEDULE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ScheduleScheduleType, value)
