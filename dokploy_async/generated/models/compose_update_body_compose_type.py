from typing import Literal, cast

ComposeUpdateBodyComposeType = Literal["docker-compose", "stack"]

COMPOSE_UPDATE_BODY_COMPOSE_TYPE_VALUES: set[ComposeUpdateBodyComposeType] = {
    "docker-compose",
    "stack",
}


def check_compose_update_body_compose_type(value: str) -> ComposeUpdateBodyComposeType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``COMPOSE_UPDATE_BODY_COMPOSE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ComposeUpdateBodyComposeType, value)
