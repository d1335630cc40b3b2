from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SsoUpdateTrustedOriginBody")


@_attrs_define
class SsoUpdateTrustedOriginBody:
    """
    Attributes:
        old_origin (str):
        new_origin (str):
    """

    old_origin: str
    new_origin: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_origin = self.old_origin

        new_origin = self.new_origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "oldOrigin": old_origin,
                "newOrigin": new_origin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        old_origin = d.pop("oldOrigin")

        new_origin = d.pop("newOrigin")

        sso_update_trusted_origin_body = cls(
            old_origin=old_origin,
            new_origin=new_origin,
        )

        sso_update_trusted_origin_body.additional_properties = d
        return sso_update_trusted_origin_body

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
