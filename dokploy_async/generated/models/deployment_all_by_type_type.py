from typing import Literal, cast

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
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DEPLOYMENT_ALL_BY_TYPE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DeploymentAllByTypeType, value)
