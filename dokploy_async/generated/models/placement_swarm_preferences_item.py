from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.placement_swarm_preferences_item_spread import PlacementSwarmPreferencesItemSpread


T = TypeVar("T", bound="PlacementSwarmPreferencesItem")


@_attrs_define
class PlacementSwarmPreferencesItem:
    """
    Attributes:
        spread (PlacementSwarmPreferencesItemSpread):
    """

    spread: PlacementSwarmPreferencesItemSpread
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spread = self.spread.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Spread": spread,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.placement_swarm_preferences_item_spread import (
            PlacementSwarmPreferencesItemSpread,  # noqa: PLC0415
        )

        d = dict(src_dict)
        spread = PlacementSwarmPreferencesItemSpread.from_dict(d.pop("Spread"))

        placement_swarm_preferences_item = cls(
            spread=spread,
        )

        placement_swarm_preferences_item.additional_properties = d
        return placement_swarm_preferences_item

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
