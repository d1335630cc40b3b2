from typing import Literal, cast

MongoUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

MONGO_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[MongoUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mongo_update_body_application_status(value: str) -> MongoUpdateBodyApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MONGO_UPDATE_BODY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MongoUpdateBodyApplicationStatus, value)
