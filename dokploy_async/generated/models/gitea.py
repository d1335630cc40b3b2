from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.git_provider import GitProvider


T = TypeVar("T", bound="Gitea")


@_attrs_define
class Gitea:
    """A record of Dokploy's `gitea` table.

    Attributes:
        access_token (None | str):
        client_id (None | str):
        client_secret (None | str):
        expires_at (int | None):
        git_provider_id (str):
        gitea_id (str):
        gitea_internal_url (None | str):
        gitea_url (str):
        last_authenticated_at (int | None):
        redirect_uri (None | str):
        refresh_token (None | str):
        scopes (None | str):
        git_provider (GitProvider | Unset): A record of Dokploy's `gitProvider` table.
    """

    access_token: None | str = _attrs_field(repr=masked)
    client_id: None | str
    client_secret: None | str = _attrs_field(repr=masked)
    expires_at: int | None
    git_provider_id: str
    gitea_id: str
    gitea_internal_url: None | str
    gitea_url: str
    last_authenticated_at: int | None
    redirect_uri: None | str
    refresh_token: None | str = _attrs_field(repr=masked)
    scopes: None | str
    git_provider: GitProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token: None | str
        access_token = self.access_token

        client_id: None | str
        client_id = self.client_id

        client_secret: None | str
        client_secret = self.client_secret

        expires_at: int | None
        expires_at = self.expires_at

        git_provider_id = self.git_provider_id

        gitea_id = self.gitea_id

        gitea_internal_url: None | str
        gitea_internal_url = self.gitea_internal_url

        gitea_url = self.gitea_url

        last_authenticated_at: int | None
        last_authenticated_at = self.last_authenticated_at

        redirect_uri: None | str
        redirect_uri = self.redirect_uri

        refresh_token: None | str
        refresh_token = self.refresh_token

        scopes: None | str
        scopes = self.scopes

        git_provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_provider, Unset):
            git_provider = self.git_provider.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "clientId": client_id,
                "clientSecret": client_secret,
                "expiresAt": expires_at,
                "gitProviderId": git_provider_id,
                "giteaId": gitea_id,
                "giteaInternalUrl": gitea_internal_url,
                "giteaUrl": gitea_url,
                "lastAuthenticatedAt": last_authenticated_at,
                "redirectUri": redirect_uri,
                "refreshToken": refresh_token,
                "scopes": scopes,
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

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("clientId"))

        def _parse_client_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_secret = _parse_client_secret(d.pop("clientSecret"))

        def _parse_expires_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        git_provider_id = d.pop("gitProviderId")

        gitea_id = d.pop("giteaId")

        def _parse_gitea_internal_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitea_internal_url = _parse_gitea_internal_url(d.pop("giteaInternalUrl"))

        gitea_url = d.pop("giteaUrl")

        def _parse_last_authenticated_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_authenticated_at = _parse_last_authenticated_at(d.pop("lastAuthenticatedAt"))

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

        def _parse_scopes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scopes = _parse_scopes(d.pop("scopes"))

        _git_provider = d.pop("gitProvider", UNSET)
        git_provider: GitProvider | Unset
        if isinstance(_git_provider, Unset):
            git_provider = UNSET
        else:
            git_provider = GitProvider.from_dict(_git_provider)

        gitea = cls(
            access_token=access_token,
            client_id=client_id,
            client_secret=client_secret,
            expires_at=expires_at,
            git_provider_id=git_provider_id,
            gitea_id=gitea_id,
            gitea_internal_url=gitea_internal_url,
            gitea_url=gitea_url,
            last_authenticated_at=last_authenticated_at,
            redirect_uri=redirect_uri,
            refresh_token=refresh_token,
            scopes=scopes,
            git_provider=git_provider,
        )

        gitea.additional_properties = d
        return gitea

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
