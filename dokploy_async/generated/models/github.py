from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.git_provider import GitProvider


T = TypeVar("T", bound="Github")


@_attrs_define
class Github:
    """A record of Dokploy's `github` table.

    Attributes:
        git_provider_id (str):
        github_app_id (int | None):
        github_app_name (None | str):
        github_client_id (None | str):
        github_client_secret (None | str):
        github_id (str):
        github_installation_id (None | str):
        github_private_key (None | str):
        github_url (str):
        github_webhook_secret (None | str):
        git_provider (GitProvider | Unset): A record of Dokploy's `gitProvider` table.
    """

    git_provider_id: str
    github_app_id: int | None
    github_app_name: None | str
    github_client_id: None | str
    github_client_secret: None | str
    github_id: str
    github_installation_id: None | str
    github_private_key: None | str
    github_url: str
    github_webhook_secret: None | str
    git_provider: GitProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        git_provider_id = self.git_provider_id

        github_app_id: int | None
        github_app_id = self.github_app_id

        github_app_name: None | str
        github_app_name = self.github_app_name

        github_client_id: None | str
        github_client_id = self.github_client_id

        github_client_secret: None | str
        github_client_secret = self.github_client_secret

        github_id = self.github_id

        github_installation_id: None | str
        github_installation_id = self.github_installation_id

        github_private_key: None | str
        github_private_key = self.github_private_key

        github_url = self.github_url

        github_webhook_secret: None | str
        github_webhook_secret = self.github_webhook_secret

        git_provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_provider, Unset):
            git_provider = self.git_provider.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gitProviderId": git_provider_id,
                "githubAppId": github_app_id,
                "githubAppName": github_app_name,
                "githubClientId": github_client_id,
                "githubClientSecret": github_client_secret,
                "githubId": github_id,
                "githubInstallationId": github_installation_id,
                "githubPrivateKey": github_private_key,
                "githubUrl": github_url,
                "githubWebhookSecret": github_webhook_secret,
            }
        )
        if git_provider is not UNSET:
            field_dict["gitProvider"] = git_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.git_provider import GitProvider  # noqa: PLC0415

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

        def _parse_github_client_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        github_client_secret = _parse_github_client_secret(d.pop("githubClientSecret"))

        github_id = d.pop("githubId")

        def _parse_github_installation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        github_installation_id = _parse_github_installation_id(d.pop("githubInstallationId"))

        def _parse_github_private_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        github_private_key = _parse_github_private_key(d.pop("githubPrivateKey"))

        github_url = d.pop("githubUrl")

        def _parse_github_webhook_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        github_webhook_secret = _parse_github_webhook_secret(d.pop("githubWebhookSecret"))

        _git_provider = d.pop("gitProvider", UNSET)
        git_provider: GitProvider | Unset
        if isinstance(_git_provider, Unset):
            git_provider = UNSET
        else:
            git_provider = GitProvider.from_dict(_git_provider)

        github = cls(
            git_provider_id=git_provider_id,
            github_app_id=github_app_id,
            github_app_name=github_app_name,
            github_client_id=github_client_id,
            github_client_secret=github_client_secret,
            github_id=github_id,
            github_installation_id=github_installation_id,
            github_private_key=github_private_key,
            github_url=github_url,
            github_webhook_secret=github_webhook_secret,
            git_provider=git_provider,
        )

        github.additional_properties = d
        return github

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
