from typing import Literal

ScheduleCreateBodyShellType = Literal["bash", "sh"]

SCHEDULE_CREATE_BODY_SHELL_TYPE_VALUES: set[ScheduleCreateBodyShellType] = {
    "bash",
    "sh",
}


def check_schedule_create_body_shell_type(value: str) -> ScheduleCreateBodyShellType:
    if value in SCHEDULE_CREATE_BODY_SHELL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCHEDULE_CREATE_BODY_SHELL_TYPE_VALUES!r}"
    )
