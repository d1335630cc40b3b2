from typing import Literal

ComposeUpdateBodyComposeStatus = Literal["done", "error", "idle", "running"]

COMPOSE_UPDATE_BODY_COMPOSE_STATUS_VALUES: set[ComposeUpdateBodyComposeStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_compose_update_body_compose_status(value: str) -> ComposeUpdateBodyComposeStatus:
    if value in COMPOSE_UPDATE_BODY_COMPOSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPOSE_UPDATE_BODY_COMPOSE_STATUS_VALUES!r}"
    )
