from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GithubSummary")


@_attrs_define
class GithubSummary:
    """A partial record of Dokploy's `github` table.

    Attributes:
        git_provider_id (str):
        github_app_id (int | None):
        github_app_name (None | str):
        github_client_id (None | str):
        github_id (str):
        github_installation_id (None | str):
        github_url (str):
    """

    git_provider_id: str
    github_app_id: int | None
    github_app_name: None | str
    github_client_id: None | str
    github_id: str
    github_installation_id: None | str
    github_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        git_provider_id = self.git_provider_id

        github_app_id: int | None
        github_app_id = self.github_app_id

        github_app_name: None | str
        github_app_name = self.github_app_name

        github_client_id: None | str
        github_client_id = self.github_client_id

        github_id = self.github_id

        github_installation_id: None | str
        github_installation_id = self.github_installation_id

        github_url = self.github_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gitProviderId": git_provider_id,
                "githubAppId": github_app_id,
                "githubAppName": github_app_name,
                "githubClientId": github_client_id,
                "githubId": github_id,
                "githubInstallationId": github_installation_id,
                "githubUrl": github_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        git_provider_id = d.pop("gitProviderId")

        def _parse_github_app_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        github_app_id = _parse_github_app_id(d.pop("githubAppId"))

        def _parse_github_app_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        github_app_name = _parse_github_app_name(d.pop("githubAppName"))

        def _parse_github_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        github_client_id = _parse_github_client_id(d.pop("githubClientId"))

        github_id = d.pop("githubId")

        def _parse_github_installation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        github_installation_id = _parse_github_installation_id(d.pop("githubInstallationId"))

        github_url = d.pop("githubUrl")

        github_summary = cls(
            git_provider_id=git_provider_id,
            github_app_id=github_app_id,
            github_app_name=github_app_name,
            github_client_id=github_client_id,
            github_id=github_id,
            github_installation_id=github_installation_id,
            github_url=github_url,
        )

        github_summary.additional_properties = d
        return github_summary

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
