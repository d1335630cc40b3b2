from typing import Literal, cast

RedisApplicationStatus = Literal["done", "error", "idle", "running"]

REDIS_APPLICATION_STATUS_VALUES: set[RedisApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_redis_application_status(value: str) -> RedisApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``REDIS_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(RedisApplicationStatus, value)
