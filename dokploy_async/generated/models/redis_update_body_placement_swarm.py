from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.redis_update_body_placement_swarm_platforms_item import (
        RedisUpdateBodyPlacementSwarmPlatformsItem,
    )
    from ..models.redis_update_body_placement_swarm_preferences_item import (
        RedisUpdateBodyPlacementSwarmPreferencesItem,
    )


T = TypeVar("T", bound="RedisUpdateBodyPlacementSwarm")


@_attrs_define
class RedisUpdateBodyPlacementSwarm:
    """
    Attributes:
        constraints (list[str] | Unset):
        preferences (list[RedisUpdateBodyPlacementSwarmPreferencesItem] | Unset):
        max_replicas (float | Unset):
        platforms (list[RedisUpdateBodyPlacementSwarmPlatformsItem] | Unset):
    """

    constraints: list[str] | Unset = UNSET
    preferences: list[RedisUpdateBodyPlacementSwarmPreferencesItem] | Unset = UNSET
    max_replicas: float | Unset = UNSET
    platforms: list[RedisUpdateBodyPlacementSwarmPlatformsItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        constraints: list[str] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = self.constraints

        preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = []
            for preferences_item_data in self.preferences:
                preferences_item = preferences_item_data.to_dict()
                preferences.append(preferences_item)

        max_replicas = self.max_replicas

        platforms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.to_dict()
                platforms.append(platforms_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if constraints is not UNSET:
            field_dict["Constraints"] = constraints
        if preferences is not UNSET:
            field_dict["Preferences"] = preferences
        if max_replicas is not UNSET:
            field_dict["MaxReplicas"] = max_replicas
        if platforms is not UNSET:
            field_dict["Platforms"] = platforms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.redis_update_body_placement_swarm_platforms_item import (
            RedisUpdateBodyPlacementSwarmPlatformsItem,  # noqa: PLC0415
        )
        from ..models.redis_update_body_placement_swarm_preferences_item import (
            RedisUpdateBodyPlacementSwarmPreferencesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        constraints = cast(list[str], d.pop("Constraints", UNSET))

        _preferences = d.pop("Preferences", UNSET)
        preferences: list[RedisUpdateBodyPlacementSwarmPreferencesItem] | Unset = UNSET
        if _preferences is not UNSET:
            preferences = []
            for preferences_item_data in _preferences:
                preferences_item = RedisUpdateBodyPlacementSwarmPreferencesItem.from_dict(
                    preferences_item_data
                )

                preferences.append(preferences_item)

        max_replicas = d.pop("MaxReplicas", UNSET)

        _platforms = d.pop("Platforms", UNSET)
        platforms: list[RedisUpdateBodyPlacementSwarmPlatformsItem] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = RedisUpdateBodyPlacementSwarmPlatformsItem.from_dict(
                    platforms_item_data
                )

                platforms.append(platforms_item)

        redis_update_body_placement_swarm = cls(
            constraints=constraints,
            preferences=preferences,
            max_replicas=max_replicas,
            platforms=platforms,
        )

        return redis_update_body_placement_swarm
