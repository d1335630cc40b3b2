from typing import Literal

ScheduleUpdateBodyShellType = Literal["bash", "sh"]

SCHEDULE_UPDATE_BODY_SHELL_TYPE_VALUES: set[ScheduleUpdateBodyShellType] = {
    "bash",
    "sh",
}


def check_schedule_update_body_shell_type(value: str) -> ScheduleUpdateBodyShellType:
    if value in SCHEDULE_UPDATE_BODY_SHELL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEDULE_UPDATE_BODY_SHELL_TYPE_VALUES!r}"
    )
