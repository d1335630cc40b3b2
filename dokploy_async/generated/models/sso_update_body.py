from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_update_body_oidc_config import SsoUpdateBodyOidcConfig
    from ..models.sso_update_body_saml_config import SsoUpdateBodySamlConfig


T = TypeVar("T", bound="SsoUpdateBody")


@_attrs_define
class SsoUpdateBody:
    """
    Attributes:
        provider_id (str):
        issuer (str):
        domains (list[str]):
        oidc_config (SsoUpdateBodyOidcConfig | Unset):
        saml_config (SsoUpdateBodySamlConfig | Unset):
        organization_id (str | Unset):
        override_user_info (bool | Unset):
    """

    provider_id: str
    issuer: str
    domains: list[str]
    oidc_config: SsoUpdateBodyOidcConfig | Unset = UNSET
    saml_config: SsoUpdateBodySamlConfig | Unset = UNSET
    organization_id: str | Unset = UNSET
    override_user_info: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        issuer = self.issuer

        domains = self.domains

        oidc_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc_config, Unset):
            oidc_config = self.oidc_config.to_dict()

        saml_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saml_config, Unset):
            saml_config = self.saml_config.to_dict()

        organization_id = self.organization_id

        override_user_info = self.override_user_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerId": provider_id,
                "issuer": issuer,
                "domains": domains,
            }
        )
        if oidc_config is not UNSET:
            field_dict["oidcConfig"] = oidc_config
        if saml_config is not UNSET:
            field_dict["samlConfig"] = saml_config
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if override_user_info is not UNSET:
            field_dict["overrideUserInfo"] = override_user_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sso_update_body_oidc_config import SsoUpdateBodyOidcConfig  # noqa: PLC0415
        from ..models.sso_update_body_saml_config import SsoUpdateBodySamlConfig  # noqa: PLC0415

        d = dict(src_dict)
        provider_id = d.pop("providerId")

        issuer = d.pop("issuer")

        domains = cast(list[str], d.pop("domains"))

        _oidc_config = d.pop("oidcConfig", UNSET)
        oidc_config: SsoUpdateBodyOidcConfig | Unset
        if isinstance(_oidc_config, Unset):
            oidc_config = UNSET
        else:
            oidc_config = SsoUpdateBodyOidcConfig.from_dict(_oidc_config)

        _saml_config = d.pop("samlConfig", UNSET)
        saml_config: SsoUpdateBodySamlConfig | Unset
        if isinstance(_saml_config, Unset):
            saml_config = UNSET
        else:
            saml_config = SsoUpdateBodySamlConfig.from_dict(_saml_config)

        organization_id = d.pop("organizationId", UNSET)

        override_user_info = d.pop("overrideUserInfo", UNSET)

        sso_update_body = cls(
            provider_id=provider_id,
            issuer=issuer,
            domains=domains,
            oidc_config=oidc_config,
            saml_config=saml_config,
            organization_id=organization_id,
            override_user_info=override_user_info,
        )

        sso_update_body.additional_properties = d
        return sso_update_body

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
