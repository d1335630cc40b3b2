from typing import Literal, cast

ComposeUpdateBodyComposeStatus = Literal["done", "error", "idle", "running"]

COMPOSE_UPDATE_BODY_COMPOSE_STATUS_VALUES: set[ComposeUpdateBodyComposeStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_compose_update_body_compose_status(value: str) -> ComposeUpdateBodyComposeStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``COMPOSE_UPDATE_BODY_COMPOSE_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ComposeUpdateBodyComposeStatus, value)
