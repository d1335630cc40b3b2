from typing import Literal, cast

DockerNodeSpecAvailability = Literal["active", "drain", "pause"]

DOCKER_NODE_SPEC_AVAILABILITY_VALUES: set[DockerNodeSpecAvailability] = {
    "active",
    "drain",
    "pause",
}


def check_docker_node_spec_availability(value: str) -> DockerNodeSpecAvailability:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DOCKER_NODE_SPEC_AVAILABILITY_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DockerNodeSpecAvailability, value)
