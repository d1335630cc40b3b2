from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_ipam_type_0_config_item import NetworkIpamType0ConfigItem


T = TypeVar("T", bound="NetworkIpamType0")


@_attrs_define
class NetworkIpamType0:
    """
    Attributes:
        config (list[NetworkIpamType0ConfigItem] | Unset):
        driver (str | Unset):
    """

    config: list[NetworkIpamType0ConfigItem] | Unset = UNSET
    driver: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = []
            for config_item_data in self.config:
                config_item = config_item_data.to_dict()
                config.append(config_item)

        driver = self.driver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if driver is not UNSET:
            field_dict["driver"] = driver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_ipam_type_0_config_item import NetworkIpamType0ConfigItem  # noqa: PLC0415

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: list[NetworkIpamType0ConfigItem] | Unset = UNSET
        if _config is not UNSET:
            config = []
            for config_item_data in _config:
                config_item = NetworkIpamType0ConfigItem.from_dict(config_item_data)

                config.append(config_item)

        driver = d.pop("driver", UNSET)

        network_ipam_type_0 = cls(
            config=config,
            driver=driver,
        )

        network_ipam_type_0.additional_properties = d
        return network_ipam_type_0

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
