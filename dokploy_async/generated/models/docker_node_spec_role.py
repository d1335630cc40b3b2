from typing import Literal, cast

DockerNodeSpecRole = Literal["manager", "worker"]

DOCKER_NODE_SPEC_ROLE_VALUES: set[DockerNodeSpecRole] = {
    "manager",
    "worker",
}


def check_docker_node_spec_role(value: str) -> DockerNodeSpecRole:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DOCKER_NODE_SPEC_ROLE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DockerNodeSpecRole, value)
