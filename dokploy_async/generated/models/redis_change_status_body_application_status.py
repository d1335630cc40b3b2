from typing import Literal, cast

RedisChangeStatusBodyApplicationStatus = Literal["done", "error", "idle", "running"]

REDIS_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES: set[RedisChangeStatusBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_redis_change_status_body_application_status(
    value: str,
) -> RedisChangeStatusBodyApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``REDIS_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(RedisChangeStatusBodyApplicationStatus, value)
