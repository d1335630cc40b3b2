from typing import Literal, cast

ScheduleUpdateBodyShellType = Literal["bash", "sh"]

SCHEDULE_UPDATE_BODY_SHELL_TYPE_VALUES: set[ScheduleUpdateBodyShellType] = {
    "bash",
    "sh",
}


def check_schedule_update_body_shell_type(value: str) -> ScheduleUpdateBodyShellType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SCHEDULE_UPDATE_BODY_SHELL_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ScheduleUpdateBodyShellType, value)
