from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.git_provider import GitProvider


T = TypeVar("T", bound="Gitlab")


@_attrs_define
class Gitlab:
    """A record of Dokploy's `gitlab` table.

    Attributes:
        access_token (None | str):
        application_id (None | str):
        expires_at (int | None):
        git_provider_id (str):
        gitlab_id (str):
        gitlab_internal_url (None | str):
        gitlab_url (str):
        group_name (None | str):
        redirect_uri (None | str):
        refresh_token (None | str):
        secret (None | str):
        git_provider (GitProvider | Unset): A record of Dokploy's `gitProvider` table.
    """

    access_token: None | str = _attrs_field(repr=masked)
    application_id: None | str
    expires_at: int | None
    git_provider_id: str
    gitlab_id: str
    gitlab_internal_url: None | str
    gitlab_url: str
    group_name: None | str
    redirect_uri: None | str
    refresh_token: None | str = _attrs_field(repr=masked)
    secret: None | str = _attrs_field(repr=masked)
    git_provider: GitProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token: None | str
        access_token = self.access_token

        application_id: None | str
        application_id = self.application_id

        expires_at: int | None
        expires_at = self.expires_at

        git_provider_id = self.git_provider_id

        gitlab_id = self.gitlab_id

        gitlab_internal_url: None | str
        gitlab_internal_url = self.gitlab_internal_url

        gitlab_url = self.gitlab_url

        group_name: None | str
        group_name = self.group_name

        redirect_uri: None | str
        redirect_uri = self.redirect_uri

        refresh_token: None | str
        refresh_token = self.refresh_token

        secret: None | str
        secret = self.secret

        git_provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_provider, Unset):
            git_provider = self.git_provider.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "applicationId": application_id,
                "expiresAt": expires_at,
                "gitProviderId": git_provider_id,
                "gitlabId": gitlab_id,
                "gitlabInternalUrl": gitlab_internal_url,
                "gitlabUrl": gitlab_url,
                "groupName": group_name,
                "redirectUri": redirect_uri,
                "refreshToken": refresh_token,
                "secret": secret,
            }
        )
        if git_provider is not UNSET:
            field_dict["gitProvider"] = git_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.git_provider import GitProvider  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_access_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        access_token = _parse_access_token(d.pop("accessToken"))

        def _parse_application_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_id = _parse_application_id(d.pop("applicationId"))

        def _parse_expires_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        git_provider_id = d.pop("gitProviderId")

        gitlab_id = d.pop("gitlabId")

        def _parse_gitlab_internal_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_internal_url = _parse_gitlab_internal_url(d.pop("gitlabInternalUrl"))

        gitlab_url = d.pop("gitlabUrl")

        def _parse_group_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_name = _parse_group_name(d.pop("groupName"))

        def _parse_redirect_uri(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        redirect_uri = _parse_redirect_uri(d.pop("redirectUri"))

        def _parse_refresh_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refresh_token = _parse_refresh_token(d.pop("refreshToken"))

        def _parse_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        secret = _parse_secret(d.pop("secret"))

        _git_provider = d.pop("gitProvider", UNSET)
        git_provider: GitProvider | Unset
        if isinstance(_git_provider, Unset):
            git_provider = UNSET
        else:
            git_provider = GitProvider.from_dict(_git_provider)

        gitlab = cls(
            access_token=access_token,
            application_id=application_id,
            expires_at=expires_at,
            git_provider_id=git_provider_id,
            gitlab_id=gitlab_id,
            gitlab_internal_url=gitlab_internal_url,
            gitlab_url=gitlab_url,
            group_name=group_name,
            redirect_uri=redirect_uri,
            refresh_token=refresh_token,
            secret=secret,
            git_provider=git_provider,
        )

        gitlab.additional_properties = d
        return gitlab

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
