from typing import Literal, cast

ProjectDuplicateBodySelectedServicesItemType = Literal[
    "application", "compose", "libsql", "mariadb", "mongo", "mysql", "postgres", "redis"
]

PROJECT_DUPLICATE_BODY_SELECTED_SERVICES_ITEM_TYPE_VALUES: set[
    ProjectDuplicateBodySelectedServicesItemType
] = {
    "application",
    "compose",
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "redis",
}


def check_project_duplicate_body_selected_services_item_type(
    value: str,
) -> ProjectDuplicateBodySelectedServicesItemType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PROJECT_DUPLICATE_BODY_SELECTED_SERVICES_ITEM_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ProjectDuplicateBodySelectedServicesItemType, value)
