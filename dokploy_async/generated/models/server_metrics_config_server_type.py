from typing import Literal, cast

ServerMetricsConfigServerType = Literal["Dokploy", "Remote"]

SERVER_METRICS_CONFIG_SERVER_TYPE_VALUES: set[ServerMetricsConfigServerType] = {
    "Dokploy",
    "Remote",
}


def check_server_metrics_config_server_type(value: str) -> ServerMetricsConfigServerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SERVER_METRICS_CONFIG_SERVER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ServerMetricsConfigServerType, value)
