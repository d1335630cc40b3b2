from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="GiteaCreateBody")


@_attrs_define
class GiteaCreateBody:
    """
    Attributes:
        gitea_url (str):
        name (str):
        gitea_id (str | Unset):
        gitea_internal_url (None | str | Unset):
        redirect_uri (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        git_provider_id (str | Unset):
        access_token (str | Unset):
        refresh_token (str | Unset):
        expires_at (float | Unset):
        scopes (str | Unset):
        last_authenticated_at (float | Unset):
        gitea_username (str | Unset):
        organization_name (str | Unset):
    """

    gitea_url: str
    name: str
    gitea_id: str | Unset = UNSET
    gitea_internal_url: None | str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=masked)
    git_provider_id: str | Unset = UNSET
    access_token: str | Unset = _attrs_field(default=UNSET, repr=masked)
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=masked)
    expires_at: float | Unset = UNSET
    scopes: str | Unset = UNSET
    last_authenticated_at: float | Unset = UNSET
    gitea_username: str | Unset = UNSET
    organization_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gitea_url = self.gitea_url

        name = self.name

        gitea_id = self.gitea_id

        gitea_internal_url: None | str | Unset
        if isinstance(self.gitea_internal_url, Unset):
            gitea_internal_url = UNSET
        else:
            gitea_internal_url = self.gitea_internal_url

        redirect_uri = self.redirect_uri

        client_id = self.client_id

        client_secret = self.client_secret

        git_provider_id = self.git_provider_id

        access_token = self.access_token

        refresh_token = self.refresh_token

        expires_at = self.expires_at

        scopes = self.scopes

        last_authenticated_at = self.last_authenticated_at

        gitea_username = self.gitea_username

        organization_name = self.organization_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "giteaUrl": gitea_url,
                "name": name,
            }
        )
        if gitea_id is not UNSET:
            field_dict["giteaId"] = gitea_id
        if gitea_internal_url is not UNSET:
            field_dict["giteaInternalUrl"] = gitea_internal_url
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if git_provider_id is not UNSET:
            field_dict["gitProviderId"] = git_provider_id
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if last_authenticated_at is not UNSET:
            field_dict["lastAuthenticatedAt"] = last_authenticated_at
        if gitea_username is not UNSET:
            field_dict["giteaUsername"] = gitea_username
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gitea_url = d.pop("giteaUrl")

        name = d.pop("name")

        gitea_id = d.pop("giteaId", UNSET)

        def _parse_gitea_internal_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitea_internal_url = _parse_gitea_internal_url(d.pop("giteaInternalUrl", UNSET))

        redirect_uri = d.pop("redirectUri", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        git_provider_id = d.pop("gitProviderId", UNSET)

        access_token = d.pop("accessToken", UNSET)

        refresh_token = d.pop("refreshToken", UNSET)

        expires_at = d.pop("expiresAt", UNSET)

        scopes = d.pop("scopes", UNSET)

        last_authenticated_at = d.pop("lastAuthenticatedAt", UNSET)

        gitea_username = d.pop("giteaUsername", UNSET)

        organization_name = d.pop("organizationName", UNSET)

        gitea_create_body = cls(
            gitea_url=gitea_url,
            name=name,
            gitea_id=gitea_id,
            gitea_internal_url=gitea_internal_url,
            redirect_uri=redirect_uri,
            client_id=client_id,
            client_secret=client_secret,
            git_provider_id=git_provider_id,
            access_token=access_token,
            refresh_token=refresh_token,
            expires_at=expires_at,
            scopes=scopes,
            last_authenticated_at=last_authenticated_at,
            gitea_username=gitea_username,
            organization_name=organization_name,
        )

        gitea_create_body.additional_properties = d
        return gitea_create_body

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
