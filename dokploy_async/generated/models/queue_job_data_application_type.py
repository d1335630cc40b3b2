from typing import Literal, cast

QueueJobDataApplicationType = Literal["application", "application-preview", "compose"]

QUEUE_JOB_DATA_APPLICATION_TYPE_VALUES: set[QueueJobDataApplicationType] = {
    "application",
    "application-preview",
    "compose",
}


def check_queue_job_data_application_type(value: str) -> QueueJobDataApplicationType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``QUEUE_JOB_DATA_APPLICATION_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(QueueJobDataApplicationType, value)
