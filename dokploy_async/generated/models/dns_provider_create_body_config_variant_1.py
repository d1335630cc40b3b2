from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="DnsProviderCreateBodyConfigVariant1")


@_attrs_define
class DnsProviderCreateBodyConfigVariant1:
    """
    Attributes:
        provider_type (Literal['cloudflare']):
        api_token (str):
    """

    provider_type: Literal["cloudflare"]
    api_token: str = _attrs_field(repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_type = self.provider_type

        api_token = self.api_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerType": provider_type,
                "apiToken": api_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_type = cast(Literal["cloudflare"], d.pop("providerType"))
        if provider_type != "cloudflare":
            raise ValueError(f"providerType must match const 'cloudflare', got '{provider_type}'")

        api_token = d.pop("apiToken")

        dns_provider_create_body_config_variant_1 = cls(
            provider_type=provider_type,
            api_token=api_token,
        )

        dns_provider_create_body_config_variant_1.additional_properties = d
        return dns_provider_create_body_config_variant_1

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
