from typing import Literal, cast

RedisUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

REDIS_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[RedisUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_redis_update_body_application_status(value: str) -> RedisUpdateBodyApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``REDIS_UPDATE_BODY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(RedisUpdateBodyApplicationStatus, value)
