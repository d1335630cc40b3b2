from typing import Literal, cast

DockerGetContainersByAppNameMatchAppType = Literal["docker-compose", "stack"]

DOCKER_GET_CONTAINERS_BY_APP_NAME_MATCH_APP_TYPE_VALUES: set[
    DockerGetContainersByAppNameMatchAppType
] = {
    "docker-compose",
    "stack",
}


def check_docker_get_containers_by_app_name_match_app_type(
    value: str,
) -> DockerGetContainersByAppNameMatchAppType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DOCKER_GET_CONTAINERS_BY_APP_NAME_MATCH_APP_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DockerGetContainersByAppNameMatchAppType, value)
