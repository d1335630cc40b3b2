from typing import Literal, cast

MongoApplicationStatus = Literal["done", "error", "idle", "running"]

MONGO_APPLICATION_STATUS_VALUES: set[MongoApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mongo_application_status(value: str) -> MongoApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MONGO_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MongoApplicationStatus, value)
