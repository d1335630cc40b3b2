from typing import Literal

ComposeUpdateBodyComposeType = Literal["docker-compose", "stack"]

COMPOSE_UPDATE_BODY_COMPOSE_TYPE_VALUES: set[ComposeUpdateBodyComposeType] = {
    "docker-compose",
    "stack",
}


def check_compose_update_body_compose_type(value: str) -> ComposeUpdateBodyComposeType:
    if value in COMPOSE_UPDATE_BODY_COMPOSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPOSE_UPDATE_BODY_COMPOSE_TYPE_VALUES!r}"
    )
