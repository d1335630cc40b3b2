from typing import Literal, cast

DeploymentStatus = Literal["cancelled", "done", "error", "running"]

DEPLOYMENT_STATUS_VALUES: set[DeploymentStatus] = {
    "cancelled",
    "done",
    "error",
    "running",
}


def check_deployment_status(value: str) -> DeploymentStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DEPLOYMENT_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DeploymentStatus, value)
