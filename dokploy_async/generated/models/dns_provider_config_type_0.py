from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dns_provider_config_type_0_provider_type import (
    DnsProviderConfigType0ProviderType,
    check_dns_provider_config_type_0_provider_type,
)
from ..types import masked

T = TypeVar("T", bound="DnsProviderConfigType0")


@_attrs_define
class DnsProviderConfigType0:
    """
    Attributes:
        api_token (str):
        provider_type (DnsProviderConfigType0ProviderType):
    """

    api_token: str = _attrs_field(repr=masked)
    provider_type: DnsProviderConfigType0ProviderType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_token = self.api_token

        provider_type: str = self.provider_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiToken": api_token,
                "providerType": provider_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_token = d.pop("apiToken")

        provider_type = check_dns_provider_config_type_0_provider_type(d.pop("providerType"))

        dns_provider_config_type_0 = cls(
            api_token=api_token,
            provider_type=provider_type,
        )

        dns_provider_config_type_0.additional_properties = d
        return dns_provider_config_type_0

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
