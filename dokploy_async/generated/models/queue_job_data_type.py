from typing import Literal, cast

QueueJobDataType = Literal["deploy", "redeploy"]

QUEUE_JOB_DATA_TYPE_VALUES: set[QueueJobDataType] = {
    "deploy",
    "redeploy",
}


def check_queue_job_data_type(value: str) -> QueueJobDataType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``QUEUE_JOB_DATA_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(QueueJobDataType, value)
