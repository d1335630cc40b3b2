from typing import Literal, cast

DockerNodeStatusState = Literal["disconnected", "down", "ready", "unknown"]

DOCKER_NODE_STATUS_STATE_VALUES: set[DockerNodeStatusState] = {
    "disconnected",
    "down",
    "ready",
    "unknown",
}


def check_docker_node_status_state(value: str) -> DockerNodeStatusState:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DOCKER_NODE_STATUS_STATE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DockerNodeStatusState, value)
