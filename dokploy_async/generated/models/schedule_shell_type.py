from typing import Literal, cast

ScheduleShellType = Literal["bash", "sh"]

SCHEDULE_SHELL_TYPE_VALUES: set[ScheduleShellType] = {
    "bash",
    "sh",
}


def check_schedule_shell_type(value: str) -> ScheduleShellType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SCHEDULE_SHELL_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ScheduleShellType, value)
