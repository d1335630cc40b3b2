from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="VaultProviderTestConnectionBodyConfigVariant5")


@_attrs_define
class VaultProviderTestConnectionBodyConfigVariant5:
    """
    Attributes:
        provider_type (Literal['azure']):
        vault_uri (str):
        tenant_id (str):
        client_id (str):
        client_secret (str):
    """

    provider_type: Literal["azure"]
    vault_uri: str
    tenant_id: str
    client_id: str
    client_secret: str = _attrs_field(repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_type = self.provider_type

        vault_uri = self.vault_uri

        tenant_id = self.tenant_id

        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerType": provider_type,
                "vaultUri": vault_uri,
                "tenantId": tenant_id,
                "clientId": client_id,
                "clientSecret": client_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_type = cast(Literal["azure"], d.pop("providerType"))
        if provider_type != "azure":
            raise ValueError(f"providerType must match const 'azure', got '{provider_type}'")

        vault_uri = d.pop("vaultUri")

        tenant_id = d.pop("tenantId")

        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        vault_provider_test_connection_body_config_variant_5 = cls(
            provider_type=provider_type,
            vault_uri=vault_uri,
            tenant_id=tenant_id,
            client_id=client_id,
            client_secret=client_secret,
        )

        vault_provider_test_connection_body_config_variant_5.additional_properties = d
        return vault_provider_test_connection_body_config_variant_5

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
