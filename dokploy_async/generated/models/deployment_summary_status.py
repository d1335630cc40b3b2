from typing import Literal, cast

DeploymentSummaryStatus = Literal["done", "error"]

DEPLOYMENT_SUMMARY_STATUS_VALUES: set[DeploymentSummaryStatus] = {
    "done",
    "error",
}


def check_deployment_summary_status(value: str) -> DeploymentSummaryStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DEPLOYMENT_SUMMARY_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DeploymentSummaryStatus, value)
