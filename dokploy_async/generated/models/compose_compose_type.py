from typing import Literal, cast

ComposeComposeType = Literal["docker-compose", "stack"]

COMPOSE_COMPOSE_TYPE_VALUES: set[ComposeComposeType] = {
    "docker-compose",
    "stack",
}


def check_compose_compose_type(value: str) -> ComposeComposeType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``COMPOSE_COMPOSE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ComposeComposeType, value)
