from typing import Literal

ApplicationUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

APPLICATION_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[ApplicationUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_application_update_body_application_status(
    value: str,
) -> ApplicationUpdateBodyApplicationStatus:
    if value in APPLICATION_UPDATE_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_UPDATE_BODY_APPLICATION_STATUS_VALUES!r}"
    )
