from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UlimitSwarm")


@_attrs_define
class UlimitSwarm:
    """
    Attributes:
        hard (float):
        name (str):
        soft (float):
    """

    hard: float
    name: str
    soft: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hard = self.hard

        name = self.name

        soft = self.soft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Hard": hard,
                "Name": name,
                "Soft": soft,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hard = d.pop("Hard")

        name = d.pop("Name")

        soft = d.pop("Soft")

        ulimit_swarm = cls(
            hard=hard,
            name=name,
            soft=soft,
        )

        ulimit_swarm.additional_properties = d
        return ulimit_swarm

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
