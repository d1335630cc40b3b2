from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dns_provider_update_record_body_type import (
    DnsProviderUpdateRecordBodyType,
    check_dns_provider_update_record_body_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsProviderUpdateRecordBody")


@_attrs_define
class DnsProviderUpdateRecordBody:
    """
    Attributes:
        type_ (DnsProviderUpdateRecordBodyType):
        name (str):
        content (str):
        dns_provider_id (str):
        zone_id (str):
        record_id (str):
        ttl (int | Unset):
    """

    type_: DnsProviderUpdateRecordBodyType
    name: str
    content: str
    dns_provider_id: str
    zone_id: str
    record_id: str
    ttl: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        name = self.name

        content = self.content

        dns_provider_id = self.dns_provider_id

        zone_id = self.zone_id

        record_id = self.record_id

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "content": content,
                "dnsProviderId": dns_provider_id,
                "zoneId": zone_id,
                "recordId": record_id,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_dns_provider_update_record_body_type(d.pop("type"))

        name = d.pop("name")

        content = d.pop("content")

        dns_provider_id = d.pop("dnsProviderId")

        zone_id = d.pop("zoneId")

        record_id = d.pop("recordId")

        ttl = d.pop("ttl", UNSET)

        dns_provider_update_record_body = cls(
            type_=type_,
            name=name,
            content=content,
            dns_provider_id=dns_provider_id,
            zone_id=zone_id,
            record_id=record_id,
            ttl=ttl,
        )

        dns_provider_update_record_body.additional_properties = d
        return dns_provider_update_record_body

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
