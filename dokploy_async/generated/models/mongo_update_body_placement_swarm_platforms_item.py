from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MongoUpdateBodyPlacementSwarmPlatformsItem")


@_attrs_define
class MongoUpdateBodyPlacementSwarmPlatformsItem:
    """
    Attributes:
        architecture (str):
        os (str):
    """

    architecture: str
    os: str

    def to_dict(self) -> dict[str, Any]:
        architecture = self.architecture

        os = self.os

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Architecture": architecture,
                "OS": os,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        architecture = d.pop("Architecture")

        os = d.pop("OS")

        mongo_update_body_placement_swarm_platforms_item = cls(
            architecture=architecture,
            os=os,
        )

        return mongo_update_body_placement_swarm_platforms_item
