from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dns_provider_config_type_1_provider_type import (
    DnsProviderConfigType1ProviderType,
    check_dns_provider_config_type_1_provider_type,
)
from ..types import masked

T = TypeVar("T", bound="DnsProviderConfigType1")


@_attrs_define
class DnsProviderConfigType1:
    """
    Attributes:
        access_key_id (str):
        provider_type (DnsProviderConfigType1ProviderType):
        secret_access_key (str):
    """

    access_key_id: str
    provider_type: DnsProviderConfigType1ProviderType
    secret_access_key: str = _attrs_field(repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key_id = self.access_key_id

        provider_type: str = self.provider_type

        secret_access_key = self.secret_access_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessKeyId": access_key_id,
                "providerType": provider_type,
                "secretAccessKey": secret_access_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_key_id = d.pop("accessKeyId")

        provider_type = check_dns_provider_config_type_1_provider_type(d.pop("providerType"))

        secret_access_key = d.pop("secretAccessKey")

        dns_provider_config_type_1 = cls(
            access_key_id=access_key_id,
            provider_type=provider_type,
            secret_access_key=secret_access_key,
        )

        dns_provider_config_type_1.additional_properties = d
        return dns_provider_config_type_1

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
