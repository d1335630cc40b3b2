from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.redis_update_body_placement_swarm_preferences_item_spread import (
        RedisUpdateBodyPlacementSwarmPreferencesItemSpread,
    )


T = TypeVar("T", bound="RedisUpdateBodyPlacementSwarmPreferencesItem")


@_attrs_define
class RedisUpdateBodyPlacementSwarmPreferencesItem:
    """
    Attributes:
        spread (RedisUpdateBodyPlacementSwarmPreferencesItemSpread):
    """

    spread: RedisUpdateBodyPlacementSwarmPreferencesItemSpread

    def to_dict(self) -> dict[str, Any]:
        spread = self.spread.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Spread": spread,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.redis_update_body_placement_swarm_preferences_item_spread import (
            RedisUpdateBodyPlacementSwarmPreferencesItemSpread,  # noqa: PLC0415
        )

        d = dict(src_dict)
        spread = RedisUpdateBodyPlacementSwarmPreferencesItemSpread.from_dict(d.pop("Spread"))

        redis_update_body_placement_swarm_preferences_item = cls(
            spread=spread,
        )

        return redis_update_body_placement_swarm_preferences_item
