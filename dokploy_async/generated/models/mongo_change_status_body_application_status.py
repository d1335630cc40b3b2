from typing import Literal

MongoChangeStatusBodyApplicationStatus = Literal["done", "error", "idle", "running"]

MONGO_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES: set[MongoChangeStatusBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mongo_change_status_body_application_status(
    value: str,
) -> MongoChangeStatusBodyApplicationStatus:
    if value in MONGO_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MONGO_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES!r}"
    )
