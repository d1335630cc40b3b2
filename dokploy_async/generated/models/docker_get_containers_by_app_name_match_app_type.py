from typing import Literal

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
    if value in DOCKER_GET_CONTAINERS_BY_APP_NAME_MATCH_APP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCKER_GET_CONTAINERS_BY_APP_NAME_MATCH_APP_TYPE_VALUES!r}"
    )
