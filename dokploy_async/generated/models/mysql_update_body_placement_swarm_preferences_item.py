from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mysql_update_body_placement_swarm_preferences_item_spread import (
        MysqlUpdateBodyPlacementSwarmPreferencesItemSpread,
    )


T = TypeVar("T", bound="MysqlUpdateBodyPlacementSwarmPreferencesItem")


@_attrs_define
class MysqlUpdateBodyPlacementSwarmPreferencesItem:
    """
    Attributes:
        spread (MysqlUpdateBodyPlacementSwarmPreferencesItemSpread):
    """

    spread: MysqlUpdateBodyPlacementSwarmPreferencesItemSpread

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
        from ..models.mysql_update_body_placement_swarm_preferences_item_spread import (
            MysqlUpdateBodyPlacementSwarmPreferencesItemSpread,  # noqa: PLC0415
        )

        d = dict(src_dict)
        spread = MysqlUpdateBodyPlacementSwarmPreferencesItemSpread.from_dict(d.pop("Spread"))

        mysql_update_body_placement_swarm_preferences_item = cls(
            spread=spread,
        )

        return mysql_update_body_placement_swarm_preferences_item
