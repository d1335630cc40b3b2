from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ApplicationUpdateBodyUlimitsSwarmType0Item")


@_attrs_define
class ApplicationUpdateBodyUlimitsSwarmType0Item:
    """
    Attributes:
        name (str):
        soft (int):
        hard (int):
    """

    name: str
    soft: int
    hard: int

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        soft = self.soft

        hard = self.hard

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Name": name,
                "Soft": soft,
                "Hard": hard,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        soft = d.pop("Soft")

        hard = d.pop("Hard")

        application_update_body_ulimits_swarm_type_0_item = cls(
            name=name,
            soft=soft,
            hard=hard,
        )

        return application_update_body_ulimits_swarm_type_0_item
