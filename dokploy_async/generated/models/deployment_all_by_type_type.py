from typing import Literal

DeploymentAllByTypeType = Literal[
    "application", "backup", "compose", "previewDeployment", "schedule", "server", "volumeBackup"
]

DEPLOYMENT_ALL_BY_TYPE_TYPE_VALUES: set[DeploymentAllByTypeType] = {
    "application",
    "backup",
    "compose",
    "previewDeployment",
    "schedule",
    "server",
    "volumeBackup",
}


def check_deployment_all_by_type_type(value: str) -> DeploymentAllByTypeType:
    if value in DEPLOYMENT_ALL_BY_TYPE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPLOYMENT_ALL_BY_TYPE_TYPE_VALUES!r}"
    )
