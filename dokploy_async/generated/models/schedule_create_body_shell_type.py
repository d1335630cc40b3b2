from typing import Literal, cast

ScheduleCreateBodyShellType = Literal["bash", "sh"]

SCHEDULE_CREATE_BODY_SHELL_TYPE_VALUES: set[ScheduleCreateBodyShellType] = {
    "bash",
    "sh",
}


def check_schedule_create_body_shell_type(value: str) -> ScheduleCreateBodyShellType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SCHEDULE_CREATE_BODY_SHELL_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ScheduleCreateBodyShellType, value)
