from typing import Literal, cast

ServiceHealthStatusStatus = Literal["healthy", "unhealthy"]

SERVICE_HEALTH_STATUS_STATUS_VALUES: set[ServiceHealthStatusStatus] = {
    "healthy",
    "unhealthy",
}


def check_service_health_status_status(value: str) -> ServiceHealthStatusStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SERVICE_HEALTH_STATUS_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ServiceHealthStatusStatus, value)
