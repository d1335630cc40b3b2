from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GiteaSummary")


@_attrs_define
class GiteaSummary:
    """A partial record of Dokploy's `gitea` table.

    Attributes:
        client_id (None | str):
        gitea_id (str):
        gitea_url (str):
        expires_at (int | None | Unset):
        git_provider_id (str | Unset):
        gitea_internal_url (None | str | Unset):
        last_authenticated_at (int | None | Unset):
        redirect_uri (None | str | Unset):
        scopes (None | str | Unset):
    """

    client_id: None | str
    gitea_id: str
    gitea_url: str
    expires_at: int | None | Unset = UNSET
    git_provider_id: str | Unset = UNSET
    gitea_internal_url: None | str | Unset = UNSET
    last_authenticated_at: int | None | Unset = UNSET
    redirect_uri: None | str | Unset = UNSET
    scopes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id: None | str
        client_id = self.client_id

        gitea_id = self.gitea_id

        gitea_url = self.gitea_url

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        git_provider_id = self.git_provider_id

        gitea_internal_url: None | str | Unset
        if isinstance(self.gitea_internal_url, Unset):
            gitea_internal_url = UNSET
        else:
            gitea_internal_url = self.gitea_internal_url

        last_authenticated_at: int | None | Unset
        if isinstance(self.last_authenticated_at, Unset):
            last_authenticated_at = UNSET
        else:
            last_authenticated_at = self.last_authenticated_at

        redirect_uri: None | str | Unset
        if isinstance(self.redirect_uri, Unset):
            redirect_uri = UNSET
        else:
            redirect_uri = self.redirect_uri

        scopes: None | str | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        else:
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "giteaId": gitea_id,
                "giteaUrl": gitea_url,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if git_provider_id is not UNSET:
            field_dict["gitProviderId"] = git_provider_id
        if gitea_internal_url is not UNSET:
            field_dict["giteaInternalUrl"] = gitea_internal_url
        if last_authenticated_at is not UNSET:
            field_dict["lastAuthenticatedAt"] = last_authenticated_at
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("clientId"))

        gitea_id = d.pop("giteaId")

        gitea_url = d.pop("giteaUrl")

        def _parse_expires_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expiresAt", UNSET))

        git_provider_id = d.pop("gitProviderId", UNSET)

        def _parse_gitea_internal_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitea_internal_url = _parse_gitea_internal_url(d.pop("giteaInternalUrl", UNSET))

        def _parse_last_authenticated_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_authenticated_at = _parse_last_authenticated_at(d.pop("lastAuthenticatedAt", UNSET))

        def _parse_redirect_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_uri = _parse_redirect_uri(d.pop("redirectUri", UNSET))

        def _parse_scopes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        gitea_summary = cls(
            client_id=client_id,
            gitea_id=gitea_id,
            gitea_url=gitea_url,
            expires_at=expires_at,
            git_provider_id=git_provider_id,
            gitea_internal_url=gitea_internal_url,
            last_authenticated_at=last_authenticated_at,
            redirect_uri=redirect_uri,
            scopes=scopes,
        )

        gitea_summary.additional_properties = d
        return gitea_summary

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
