from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_swarm_driver_opts import NetworkSwarmDriverOpts


T = TypeVar("T", bound="NetworkSwarm")


@_attrs_define
class NetworkSwarm:
    """
    Attributes:
        aliases (list[str] | Unset):
        driver_opts (NetworkSwarmDriverOpts | Unset):
        target (str | Unset):
    """

    aliases: list[str] | Unset = UNSET
    driver_opts: NetworkSwarmDriverOpts | Unset = UNSET
    target: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        driver_opts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver_opts, Unset):
            driver_opts = self.driver_opts.to_dict()

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aliases is not UNSET:
            field_dict["Aliases"] = aliases
        if driver_opts is not UNSET:
            field_dict["DriverOpts"] = driver_opts
        if target is not UNSET:
            field_dict["Target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_swarm_driver_opts import NetworkSwarmDriverOpts  # noqa: PLC0415

        d = dict(src_dict)
        aliases = cast(list[str], d.pop("Aliases", UNSET))

        _driver_opts = d.pop("DriverOpts", UNSET)
        driver_opts: NetworkSwarmDriverOpts | Unset
        if isinstance(_driver_opts, Unset):
            driver_opts = UNSET
        else:
            driver_opts = NetworkSwarmDriverOpts.from_dict(_driver_opts)

        target = d.pop("Target", UNSET)

        network_swarm = cls(
            aliases=aliases,
            driver_opts=driver_opts,
            target=target,
        )

        network_swarm.additional_properties = d
        return network_swarm

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
