from typing import Literal

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
    if value in PROJECT_DUPLICATE_BODY_SELECTED_SERVICES_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_DUPLICATE_BODY_SELECTED_SERVICES_ITEM_TYPE_VALUES!r}"
    )
