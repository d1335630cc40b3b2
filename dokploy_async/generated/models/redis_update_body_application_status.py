from typing import Literal

RedisUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

REDIS_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[RedisUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_redis_update_body_application_status(value: str) -> RedisUpdateBodyApplicationStatus:
    if value in REDIS_UPDATE_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDIS_UPDATE_BODY_APPLICATION_STATUS_VALUES!r}"
    )
