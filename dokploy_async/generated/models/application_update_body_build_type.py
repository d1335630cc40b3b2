from typing import Literal

ApplicationUpdateBodyBuildType = Literal[
    "dockerfile", "heroku_buildpacks", "nixpacks", "paketo_buildpacks", "railpack", "static"
]

APPLICATION_UPDATE_BODY_BUILD_TYPE_VALUES: set[ApplicationUpdateBodyBuildType] = {
    "dockerfile",
    "heroku_buildpacks",
    "nixpacks",
    "paketo_buildpacks",
    "railpack",
    "static",
}


def check_application_update_body_build_type(value: str) -> ApplicationUpdateBodyBuildType:
    if value in APPLICATION_UPDATE_BODY_BUILD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_UPDATE_BODY_BUILD_TYPE_VALUES!r}"
    )
