from typing import Literal, cast

ComposeComposeStatus = Literal["done", "error", "idle", "running"]

COMPOSE_COMPOSE_STATUS_VALUES: set[ComposeComposeStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_compose_compose_status(value: str) -> ComposeComposeStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``COMPOSE_COMPOSE_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ComposeComposeStatus, value)
