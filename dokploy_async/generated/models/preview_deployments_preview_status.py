from typing import Literal, cast

PreviewDeploymentsPreviewStatus = Literal["done", "error", "idle", "running"]

PREVIEW_DEPLOYMENTS_PREVIEW_STATUS_VALUES: set[PreviewDeploymentsPreviewStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_preview_deployments_preview_status(value: str) -> PreviewDeploymentsPreviewStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PREVIEW_DEPLOYMENTS_PREVIEW_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PreviewDeploymentsPreviewStatus, value)
