from typing import Literal, cast

DockerGetContainersByAppLabelType = Literal["standalone", "swarm"]

DOCKER_GET_CONTAINERS_BY_APP_LABEL_TYPE_VALUES: set[DockerGetContainersByAppLabelType] = {
    "standalone",
    "swarm",
}


def check_docker_get_containers_by_app_label_type(value: str) -> DockerGetContainersByAppLabelType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DOCKER_GET_CONTAINERS_BY_APP_LABEL_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DockerGetContainersByAppLabelType, value)
