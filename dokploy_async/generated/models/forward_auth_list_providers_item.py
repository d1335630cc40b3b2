from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ForwardAuthListProvidersItem")


@_attrs_define
class ForwardAuthListProvidersItem:
    """
    Attributes:
        domain (str):
        issuer (str):
        provider_id (str):
    """

    domain: str
    issuer: str
    provider_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        issuer = self.issuer

        provider_id = self.provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "issuer": issuer,
                "providerId": provider_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        issuer = d.pop("issuer")

        provider_id = d.pop("providerId")

        forward_auth_list_providers_item = cls(
            domain=domain,
            issuer=issuer,
            provider_id=provider_id,
        )

        forward_auth_list_providers_item.additional_properties = d
        return forward_auth_list_providers_item

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
