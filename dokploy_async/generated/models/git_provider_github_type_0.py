from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GitProviderGithubType0")


@_attrs_define
class GitProviderGithubType0:
    """
    Attributes:
        github_app_id (float | None):
        github_app_name (None | str):
        github_id (str):
        github_installation_id (None | str):
        github_url (str):
        is_configured (bool):
    """

    github_app_id: float | None
    github_app_name: None | str
    github_id: str
    github_installation_id: None | str
    github_url: str
    is_configured: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        github_app_id: float | None
        github_app_id = self.github_app_id

        github_app_name: None | str
        github_app_name = self.github_app_name

        github_id = self.github_id

        github_installation_id: None | str
        github_installation_id = self.github_installation_id

        github_url = self.github_url

        is_configured = self.is_configured

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "githubAppId": github_app_id,
                "githubAppName": github_app_name,
                "githubId": github_id,
                "githubInstallationId": github_installation_id,
                "githubUrl": github_url,
                "isConfigured": is_configured,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_github_app_id(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        github_app_id = _parse_github_app_id(d.pop("githubAppId"))

        def _parse_github_app_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        github_app_name = _parse_github_app_name(d.pop("githubAppName"))

        github_id = d.pop("githubId")

        def _parse_github_installation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        github_installation_id = _parse_github_installation_id(d.pop("githubInstallationId"))

        github_url = d.pop("githubUrl")

        is_configured = d.pop("isConfigured")

        git_provider_github_type_0 = cls(
            github_app_id=github_app_id,
            github_app_name=github_app_name,
            github_id=github_id,
            github_installation_id=github_installation_id,
            github_url=github_url,
            is_configured=is_configured,
        )

        git_provider_github_type_0.additional_properties = d
        return git_provider_github_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
