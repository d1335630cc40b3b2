from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_provider_config_type_2_provider_type import (
    VaultProviderConfigType2ProviderType,
    check_vault_provider_config_type_2_provider_type,
)
from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="VaultProviderConfigType2")


@_attrs_define
class VaultProviderConfigType2:
    """
    Attributes:
        access_key_id (str):
        provider_type (VaultProviderConfigType2ProviderType):
        region (str):
        secret_access_key (str):
        endpoint (str | Unset):
    """

    access_key_id: str
    provider_type: VaultProviderConfigType2ProviderType
    region: str
    secret_access_key: str = _attrs_field(repr=masked)
    endpoint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key_id = self.access_key_id

        provider_type: str = self.provider_type

        region = self.region

        secret_access_key = self.secret_access_key

        endpoint = self.endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessKeyId": access_key_id,
                "providerType": provider_type,
                "region": region,
                "secretAccessKey": secret_access_key,
            }
        )
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_key_id = d.pop("accessKeyId")

        provider_type = check_vault_provider_config_type_2_provider_type(d.pop("providerType"))

        region = d.pop("region")

        secret_access_key = d.pop("secretAccessKey")

        endpoint = d.pop("endpoint", UNSET)

        vault_provider_config_type_2 = cls(
            access_key_id=access_key_id,
            provider_type=provider_type,
            region=region,
            secret_access_key=secret_access_key,
            endpoint=endpoint,
        )

        vault_provider_config_type_2.additional_properties = d
        return vault_provider_config_type_2

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
