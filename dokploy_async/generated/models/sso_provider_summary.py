from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SsoProviderSummary")


@_attrs_define
class SsoProviderSummary:
    """A partial record of Dokploy's `ssoProvider` table.

    Attributes:
        domain (str):
        id (str):
        issuer (str):
        oidc_config (None | str):
        organization_id (None | str):
        provider_id (str):
        saml_config (None | str):
    """

    domain: str
    id: str
    issuer: str
    oidc_config: None | str
    organization_id: None | str
    provider_id: str
    saml_config: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        id = self.id

        issuer = self.issuer

        oidc_config: None | str
        oidc_config = self.oidc_config

        organization_id: None | str
        organization_id = self.organization_id

        provider_id = self.provider_id

        saml_config: None | str
        saml_config = self.saml_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "id": id,
                "issuer": issuer,
                "oidcConfig": oidc_config,
                "organizationId": organization_id,
                "providerId": provider_id,
                "samlConfig": saml_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        id = d.pop("id")

        issuer = d.pop("issuer")

        def _parse_oidc_config(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        oidc_config = _parse_oidc_config(d.pop("oidcConfig"))

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organizationId"))

        provider_id = d.pop("providerId")

        def _parse_saml_config(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        saml_config = _parse_saml_config(d.pop("samlConfig"))

        sso_provider_summary = cls(
            domain=domain,
            id=id,
            issuer=issuer,
            oidc_config=oidc_config,
            organization_id=organization_id,
            provider_id=provider_id,
            saml_config=saml_config,
        )

        sso_provider_summary.additional_properties = d
        return sso_provider_summary

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
