from typing import Literal, cast

ApplicationBuildType = Literal[
    "dockerfile", "heroku_buildpacks", "nixpacks", "paketo_buildpacks", "railpack", "static"
]

APPLICATION_BUILD_TYPE_VALUES: set[ApplicationBuildType] = {
    "dockerfile",
    "heroku_buildpacks",
    "nixpacks",
    "paketo_buildpacks",
    "railpack",
    "static",
}


def check_application_build_type(value: str) -> ApplicationBuildType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``APPLICATION_BUILD_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ApplicationBuildType, value)
