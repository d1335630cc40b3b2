from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mariadb_update_body_network_swarm_type_0_item_driver_opts import (
        MariadbUpdateBodyNetworkSwarmType0ItemDriverOpts,
    )


T = TypeVar("T", bound="MariadbUpdateBodyNetworkSwarmType0Item")


@_attrs_define
class MariadbUpdateBodyNetworkSwarmType0Item:
    """
    Attributes:
        target (str | Unset):
        aliases (list[str] | Unset):
        driver_opts (MariadbUpdateBodyNetworkSwarmType0ItemDriverOpts | Unset):
    """

    target: str | Unset = UNSET
    aliases: list[str] | Unset = UNSET
    driver_opts: MariadbUpdateBodyNetworkSwarmType0ItemDriverOpts | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        driver_opts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver_opts, Unset):
            driver_opts = self.driver_opts.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if target is not UNSET:
            field_dict["Target"] = target
        if aliases is not UNSET:
            field_dict["Aliases"] = aliases
        if driver_opts is not UNSET:
            field_dict["DriverOpts"] = driver_opts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mariadb_update_body_network_swarm_type_0_item_driver_opts import (
            MariadbUpdateBodyNetworkSwarmType0ItemDriverOpts,  # noqa: PLC0415
        )

        d = dict(src_dict)
        target = d.pop("Target", UNSET)

        aliases = cast(list[str], d.pop("Aliases", UNSET))

        _driver_opts = d.pop("DriverOpts", UNSET)
        driver_opts: MariadbUpdateBodyNetworkSwarmType0ItemDriverOpts | Unset
        if isinstance(_driver_opts, Unset):
            driver_opts = UNSET
        else:
            driver_opts = MariadbUpdateBodyNetworkSwarmType0ItemDriverOpts.from_dict(_driver_opts)

        mariadb_update_body_network_swarm_type_0_item = cls(
            target=target,
            aliases=aliases,
            driver_opts=driver_opts,
        )

        return mariadb_update_body_network_swarm_type_0_item
