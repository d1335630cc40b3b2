from typing import Literal

MongoUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

MONGO_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[MongoUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mongo_update_body_application_status(value: str) -> MongoUpdateBodyApplicationStatus:
    if value in MONGO_UPDATE_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MONGO_UPDATE_BODY_APPLICATION_STATUS_VALUES!r}"
    )
