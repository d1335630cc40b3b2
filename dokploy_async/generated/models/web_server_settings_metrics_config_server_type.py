from typing import Literal, cast

WebServerSettingsMetricsConfigServerType = Literal["Dokploy", "Remote"]

WEB_SERVER_SETTINGS_METRICS_CONFIG_SERVER_TYPE_VALUES: set[
    WebServerSettingsMetricsConfigServerType
] = {
    "Dokploy",
    "Remote",
}


def check_web_server_settings_metrics_config_server_type(
    value: str,
) -> WebServerSettingsMetricsConfigServerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``WEB_SERVER_SETTINGS_METRICS_CONFIG_SERVER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(WebServerSettingsMetricsConfigServerType, value)
