from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="DnsProviderCreateBodyConfigVariant2")


@_attrs_define
class DnsProviderCreateBodyConfigVariant2:
    """
    Attributes:
        provider_type (Literal['route53']):
        access_key_id (str):
        secret_access_key (str):
    """

    provider_type: Literal["route53"]
    access_key_id: str
    secret_access_key: str = _attrs_field(repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_type = self.provider_type

        access_key_id = self.access_key_id

        secret_access_key = self.secret_access_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerType": provider_type,
                "accessKeyId": access_key_id,
                "secretAccessKey": secret_access_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_type = cast(Literal["route53"], d.pop("providerType"))
        if provider_type != "route53":
            raise ValueError(f"providerType must match const 'route53', got '{provider_type}'")

        access_key_id = d.pop("accessKeyId")

        secret_access_key = d.pop("secretAccessKey")

        dns_provider_create_body_config_variant_2 = cls(
            provider_type=provider_type,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
        )

        dns_provider_create_body_config_variant_2.additional_properties = d
        return dns_provider_create_body_config_variant_2

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
