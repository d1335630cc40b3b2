from typing import Literal

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
    if value in APPLICATION_SAVE_BUILD_TYPE_BODY_BUILD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_SAVE_BUILD_TYPE_BODY_BUILD_TYPE_VALUES!r}"
    )
