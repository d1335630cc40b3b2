from typing import Literal, cast

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
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``APPLICATION_SAVE_GITHUB_PROVIDER_BODY_TRIGGER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ApplicationSaveGithubProviderBodyTriggerType, value)
