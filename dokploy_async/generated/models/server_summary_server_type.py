from typing import Literal, cast

ServerSummaryServerType = Literal["build", "deploy"]

SERVER_SUMMARY_SERVER_TYPE_VALUES: set[ServerSummaryServerType] = {
    "build",
    "deploy",
}


def check_server_summary_server_type(value: str) -> ServerSummaryServerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SERVER_SUMMARY_SERVER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ServerSummaryServerType, value)
