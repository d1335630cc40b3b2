from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sso_register_body_oidc_config_token_endpoint_authentication import (
    SsoRegisterBodyOidcConfigTokenEndpointAuthentication,
    check_sso_register_body_oidc_config_token_endpoint_authentication,
)
from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.sso_register_body_oidc_config_mapping import SsoRegisterBodyOidcConfigMapping


T = TypeVar("T", bound="SsoRegisterBodyOidcConfig")


@_attrs_define
class SsoRegisterBodyOidcConfig:
    """
    Attributes:
        client_id (str):
        client_secret (str):
        authorization_endpoint (str | Unset):
        token_endpoint (str | Unset):
        user_info_endpoint (str | Unset):
        token_endpoint_authentication (SsoRegisterBodyOidcConfigTokenEndpointAuthentication | Unset):
        jwks_endpoint (str | Unset):
        discovery_endpoint (str | Unset):
        skip_discovery (bool | Unset):
        scopes (list[str] | Unset):
        pkce (bool | Unset):
        mapping (SsoRegisterBodyOidcConfigMapping | Unset):
    """

    client_id: str
    client_secret: str = _attrs_field(repr=masked)
    authorization_endpoint: str | Unset = UNSET
    token_endpoint: str | Unset = UNSET
    user_info_endpoint: str | Unset = UNSET
    token_endpoint_authentication: SsoRegisterBodyOidcConfigTokenEndpointAuthentication | Unset = (
        UNSET
    )
    jwks_endpoint: str | Unset = UNSET
    discovery_endpoint: str | Unset = UNSET
    skip_discovery: bool | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    pkce: bool | Unset = UNSET
    mapping: SsoRegisterBodyOidcConfigMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        authorization_endpoint = self.authorization_endpoint

        token_endpoint = self.token_endpoint

        user_info_endpoint = self.user_info_endpoint

        token_endpoint_authentication: str | Unset = UNSET
        if not isinstance(self.token_endpoint_authentication, Unset):
            token_endpoint_authentication = self.token_endpoint_authentication

        jwks_endpoint = self.jwks_endpoint

        discovery_endpoint = self.discovery_endpoint

        skip_discovery = self.skip_discovery

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        pkce = self.pkce

        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "clientSecret": client_secret,
            }
        )
        if authorization_endpoint is not UNSET:
            field_dict["authorizationEndpoint"] = authorization_endpoint
        if token_endpoint is not UNSET:
            field_dict["tokenEndpoint"] = token_endpoint
        if user_info_endpoint is not UNSET:
            field_dict["userInfoEndpoint"] = user_info_endpoint
        if token_endpoint_authentication is not UNSET:
            field_dict["tokenEndpointAuthentication"] = token_endpoint_authentication
        if jwks_endpoint is not UNSET:
            field_dict["jwksEndpoint"] = jwks_endpoint
        if discovery_endpoint is not UNSET:
            field_dict["discoveryEndpoint"] = discovery_endpoint
        if skip_discovery is not UNSET:
            field_dict["skipDiscovery"] = skip_discovery
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if pkce is not UNSET:
            field_dict["pkce"] = pkce
        if mapping is not UNSET:
            field_dict["mapping"] = mapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sso_register_body_oidc_config_mapping import SsoRegisterBodyOidcConfigMapping  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        authorization_endpoint = d.pop("authorizationEndpoint", UNSET)

        token_endpoint = d.pop("tokenEndpoint", UNSET)

        user_info_endpoint = d.pop("userInfoEndpoint", UNSET)

        _token_endpoint_authentication = d.pop("tokenEndpointAuthentication", UNSET)
        token_endpoint_authentication: SsoRegisterBodyOidcConfigTokenEndpointAuthentication | Unset
        if isinstance(_token_endpoint_authentication, Unset):
            token_endpoint_authentication = UNSET
        else:
            token_endpoint_authentication = (
                check_sso_register_body_oidc_config_token_endpoint_authentication(
                    _token_endpoint_authentication
                )
            )

        jwks_endpoint = d.pop("jwksEndpoint", UNSET)

        discovery_endpoint = d.pop("discoveryEndpoint", UNSET)

        skip_discovery = d.pop("skipDiscovery", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        pkce = d.pop("pkce", UNSET)

        _mapping = d.pop("mapping", UNSET)
        mapping: SsoRegisterBodyOidcConfigMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = SsoRegisterBodyOidcConfigMapping.from_dict(_mapping)

        sso_register_body_oidc_config = cls(
            client_id=client_id,
            client_secret=client_secret,
            authorization_endpoint=authorization_endpoint,
            token_endpoint=token_endpoint,
            user_info_endpoint=user_info_endpoint,
            token_endpoint_authentication=token_endpoint_authentication,
            jwks_endpoint=jwks_endpoint,
            discovery_endpoint=discovery_endpoint,
            skip_discovery=skip_discovery,
            scopes=scopes,
            pkce=pkce,
            mapping=mapping,
        )

        sso_register_body_oidc_config.additional_properties = d
        return sso_register_body_oidc_config

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
