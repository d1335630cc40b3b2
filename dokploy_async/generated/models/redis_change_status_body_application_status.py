from typing import Literal

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
    if value in REDIS_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDIS_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES!r}"
    )
