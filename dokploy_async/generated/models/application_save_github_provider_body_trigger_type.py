from typing import Literal

ApplicationSaveGithubProviderBodyTriggerType = Literal["push", "tag"]

APPLICATION_SAVE_GITHUB_PROVIDER_BODY_TRIGGER_TYPE_VALUES: set[
    ApplicationSaveGithubProviderBodyTriggerType
] = {
    "push",
    "tag",
}


def check_application_save_github_provider_body_trigger_type(
    value: str,
) -> ApplicationSaveGithubProviderBodyTriggerType:
    if value in APPLICATION_SAVE_GITHUB_PROVIDER_BODY_TRIGGER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_SAVE_GITHUB_PROVIDER_BODY_TRIGGER_TYPE_VALUES!r}"
    )
