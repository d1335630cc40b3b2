from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="Resend")


@_attrs_define
class Resend:
    """A record of Dokploy's `resend` table.

    Attributes:
        api_key (str):
        from_address (str):
        resend_id (str):
        to_addresses (list[str]):
    """

    api_key: str = _attrs_field(repr=masked)
    from_address: str
    resend_id: str
    to_addresses: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        from_address = self.from_address

        resend_id = self.resend_id

        to_addresses = self.to_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "fromAddress": from_address,
                "resendId": resend_id,
                "toAddresses": to_addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        from_address = d.pop("fromAddress")

        resend_id = d.pop("resendId")

        to_addresses = cast(list[str], d.pop("toAddresses"))

        resend = cls(
            api_key=api_key,
            from_address=from_address,
            resend_id=resend_id,
            to_addresses=to_addresses,
        )

        resend.additional_properties = d
        return resend

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
