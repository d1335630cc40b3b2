from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IUpdateData")


@_attrs_define
class IUpdateData:
    """
    Attributes:
        latest_version (None | str):
        update_available (bool):
    """

    latest_version: None | str
    update_available: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latest_version: None | str
        latest_version = self.latest_version

        update_available = self.update_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "latestVersion": latest_version,
                "updateAvailable": update_available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_latest_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        latest_version = _parse_latest_version(d.pop("latestVersion"))

        update_available = d.pop("updateAvailable")

        i_update_data = cls(
            latest_version=latest_version,
            update_available=update_available,
        )

        i_update_data.additional_properties = d
        return i_update_data

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
