from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.placement_swarm_platforms_item import PlacementSwarmPlatformsItem
    from ..models.placement_swarm_preferences_item import PlacementSwarmPreferencesItem


T = TypeVar("T", bound="PlacementSwarm")


@_attrs_define
class PlacementSwarm:
    """
    Attributes:
        constraints (list[str] | Unset):
        max_replicas (float | Unset):
        platforms (list[PlacementSwarmPlatformsItem] | Unset):
        preferences (list[PlacementSwarmPreferencesItem] | Unset):
    """

    constraints: list[str] | Unset = UNSET
    max_replicas: float | Unset = UNSET
    platforms: list[PlacementSwarmPlatformsItem] | Unset = UNSET
    preferences: list[PlacementSwarmPreferencesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        constraints: list[str] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = self.constraints

        max_replicas = self.max_replicas

        platforms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.to_dict()
                platforms.append(platforms_item)

        preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = []
            for preferences_item_data in self.preferences:
                preferences_item = preferences_item_data.to_dict()
                preferences.append(preferences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if constraints is not UNSET:
            field_dict["Constraints"] = constraints
        if max_replicas is not UNSET:
            field_dict["MaxReplicas"] = max_replicas
        if platforms is not UNSET:
            field_dict["Platforms"] = platforms
        if preferences is not UNSET:
            field_dict["Preferences"] = preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.placement_swarm_platforms_item import PlacementSwarmPlatformsItem  # noqa: PLC0415
        from ..models.placement_swarm_preferences_item import PlacementSwarmPreferencesItem  # noqa: PLC0415

        d = dict(src_dict)
        constraints = cast(list[str], d.pop("Constraints", UNSET))

        max_replicas = d.pop("MaxReplicas", UNSET)

        _platforms = d.pop("Platforms", UNSET)
        platforms: list[PlacementSwarmPlatformsItem] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = PlacementSwarmPlatformsItem.from_dict(platforms_item_data)

                platforms.append(platforms_item)

        _preferences = d.pop("Preferences", UNSET)
        preferences: list[PlacementSwarmPreferencesItem] | Unset = UNSET
        if _preferences is not UNSET:
            preferences = []
            for preferences_item_data in _preferences:
                preferences_item = PlacementSwarmPreferencesItem.from_dict(preferences_item_data)

                preferences.append(preferences_item)

        placement_swarm = cls(
            constraints=constraints,
            max_replicas=max_replicas,
            platforms=platforms,
            preferences=preferences,
        )

        placement_swarm.additional_properties = d
        return placement_swarm

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
