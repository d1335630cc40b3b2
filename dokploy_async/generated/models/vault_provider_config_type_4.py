from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_provider_config_type_4_provider_type import (
    VaultProviderConfigType4ProviderType,
    check_vault_provider_config_type_4_provider_type,
)
from ..types import masked

T = TypeVar("T", bound="VaultProviderConfigType4")


@_attrs_define
class VaultProviderConfigType4:
    """
    Attributes:
        client_id (str):
        client_secret (str):
        provider_type (VaultProviderConfigType4ProviderType):
        tenant_id (str):
        vault_uri (str):
    """

    client_id: str
    client_secret: str = _attrs_field(repr=masked)
    provider_type: VaultProviderConfigType4ProviderType
    tenant_id: str
    vault_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        provider_type: str = self.provider_type

        tenant_id = self.tenant_id

        vault_uri = self.vault_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "clientSecret": client_secret,
                "providerType": provider_type,
                "tenantId": tenant_id,
                "vaultUri": vault_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        provider_type = check_vault_provider_config_type_4_provider_type(d.pop("providerType"))

        tenant_id = d.pop("tenantId")

        vault_uri = d.pop("vaultUri")

        vault_provider_config_type_4 = cls(
            client_id=client_id,
            client_secret=client_secret,
            provider_type=provider_type,
            tenant_id=tenant_id,
            vault_uri=vault_uri,
        )

        vault_provider_config_type_4.additional_properties = d
        return vault_provider_config_type_4

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
