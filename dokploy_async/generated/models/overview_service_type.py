from typing import Literal, cast

OverviewServiceType = Literal[
    "application", "compose", "libsql", "mariadb", "mongo", "mysql", "postgres", "redis"
]

OVERVIEW_SERVICE_TYPE_VALUES: set[OverviewServiceType] = {
    "application",
    "compose",
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "redis",
}


def check_overview_service_type(value: str) -> OverviewServiceType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``OVERVIEW_SERVICE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(OverviewServiceType, value)
