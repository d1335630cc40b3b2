from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.git_provider import GitProvider


T = TypeVar("T", bound="Bitbucket")


@_attrs_define
class Bitbucket:
    """A record of Dokploy's `bitbucket` table.

    Attributes:
        api_token (None | str):
        app_password (None | str):
        bitbucket_email (None | str):
        bitbucket_id (str):
        bitbucket_username (None | str):
        bitbucket_workspace_name (None | str):
        git_provider_id (str):
        git_provider (GitProvider | Unset): A record of Dokploy's `gitProvider` table.
    """

    api_token: None | str = _attrs_field(repr=masked)
    app_password: None | str = _attrs_field(repr=masked)
    bitbucket_email: None | str
    bitbucket_id: str
    bitbucket_username: None | str
    bitbucket_workspace_name: None | str
    git_provider_id: str
    git_provider: GitProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_token: None | str
        api_token = self.api_token

        app_password: None | str
        app_password = self.app_password

        bitbucket_email: None | str
        bitbucket_email = self.bitbucket_email

        bitbucket_id = self.bitbucket_id

        bitbucket_username: None | str
        bitbucket_username = self.bitbucket_username

        bitbucket_workspace_name: None | str
        bitbucket_workspace_name = self.bitbucket_workspace_name

        git_provider_id = self.git_provider_id

        git_provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_provider, Unset):
            git_provider = self.git_provider.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiToken": api_token,
                "appPassword": app_password,
                "bitbucketEmail": bitbucket_email,
                "bitbucketId": bitbucket_id,
                "bitbucketUsername": bitbucket_username,
                "bitbucketWorkspaceName": bitbucket_workspace_name,
                "gitProviderId": git_provider_id,
            }
        )
        if git_provider is not UNSET:
            field_dict["gitProvider"] = git_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.git_provider import GitProvider  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_api_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        api_token = _parse_api_token(d.pop("apiToken"))

        def _parse_app_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        app_password = _parse_app_password(d.pop("appPassword"))

        def _parse_bitbucket_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_email = _parse_bitbucket_email(d.pop("bitbucketEmail"))

        bitbucket_id = d.pop("bitbucketId")

        def _parse_bitbucket_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_username = _parse_bitbucket_username(d.pop("bitbucketUsername"))

        def _parse_bitbucket_workspace_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_workspace_name = _parse_bitbucket_workspace_name(d.pop("bitbucketWorkspaceName"))

        git_provider_id = d.pop("gitProviderId")

        _git_provider = d.pop("gitProvider", UNSET)
        git_provider: GitProvider | Unset
        if isinstance(_git_provider, Unset):
            git_provider = UNSET
        else:
            git_provider = GitProvider.from_dict(_git_provider)

        bitbucket = cls(
            api_token=api_token,
            app_password=app_password,
            bitbucket_email=bitbucket_email,
            bitbucket_id=bitbucket_id,
            bitbucket_username=bitbucket_username,
            bitbucket_workspace_name=bitbucket_workspace_name,
            git_provider_id=git_provider_id,
            git_provider=git_provider,
        )

        bitbucket.additional_properties = d
        return bitbucket

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
