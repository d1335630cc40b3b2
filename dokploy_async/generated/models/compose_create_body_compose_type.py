from typing import Literal

ComposeCreateBodyComposeType = Literal["docker-compose", "stack"]

COMPOSE_CREATE_BODY_COMPOSE_TYPE_VALUES: set[ComposeCreateBodyComposeType] = {
    "docker-compose",
    "stack",
}


def check_compose_create_body_compose_type(value: str) -> ComposeCreateBodyComposeType:
    if value in COMPOSE_CREATE_BODY_COMPOSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPOSE_CREATE_BODY_COMPOSE_TYPE_VALUES!r}"
    )
