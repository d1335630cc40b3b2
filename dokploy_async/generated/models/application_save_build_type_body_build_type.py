from typing import Literal, cast

ApplicationSaveBuildTypeBodyBuildType = Literal[
    "dockerfile", "heroku_buildpacks", "nixpacks", "paketo_buildpacks", "railpack", "static"
]

APPLICATION_SAVE_BUILD_TYPE_BODY_BUILD_TYPE_VALUES: set[ApplicationSaveBuildTypeBodyBuildType] = {
    "dockerfile",
    "heroku_buildpacks",
    "nixpacks",
    "paketo_buildpacks",
    "railpack",
    "static",
}


def check_application_save_build_type_body_build_type(
    value: str,
) -> ApplicationSaveBuildTypeBodyBuildType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``APPLICATION_SAVE_BUILD_TYPE_BODY_BUILD_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ApplicationSaveBuildTypeBodyBuildType, value)
