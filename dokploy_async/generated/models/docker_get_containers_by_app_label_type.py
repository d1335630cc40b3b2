from typing import Literal

DockerGetContainersByAppLabelType = Literal["standalone", "swarm"]

DOCKER_GET_CONTAINERS_BY_APP_LABEL_TYPE_VALUES: set[DockerGetContainersByAppLabelType] = {
    "standalone",
    "swarm",
}


def check_docker_get_containers_by_app_label_type(value: str) -> DockerGetContainersByAppLabelType:
    if value in DOCKER_GET_CONTAINERS_BY_APP_LABEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCKER_GET_CONTAINERS_BY_APP_LABEL_TYPE_VALUES!r}"
    )
