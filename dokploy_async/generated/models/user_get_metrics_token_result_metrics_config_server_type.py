from typing import Literal, cast

UserGetMetricsTokenResultMetricsConfigServerType = Literal["Dokploy", "Remote"]

USER_GET_METRICS_TOKEN_RESULT_METRICS_CONFIG_SERVER_TYPE_VALUES: set[
    UserGetMetricsTokenResultMetricsConfigServerType
] = {
    "Dokploy",
    "Remote",
}


def check_user_get_metrics_token_result_metrics_config_server_type(
    value: str,
) -> UserGetMetricsTokenResultMetricsConfigServerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``USER_GET_METRICS_TOKEN_RESULT_METRICS_CONFIG_SERVER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(UserGetMetricsTokenResultMetricsConfigServerType, value)
