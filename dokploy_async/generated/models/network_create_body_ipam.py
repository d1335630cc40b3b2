from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_create_body_ipam_config_item import NetworkCreateBodyIpamConfigItem


T = TypeVar("T", bound="NetworkCreateBodyIpam")


@_attrs_define
class NetworkCreateBodyIpam:
    """
    Attributes:
        driver (str | Unset):
        config (list[NetworkCreateBodyIpamConfigItem] | Unset):
    """

    driver: str | Unset = UNSET
    config: list[NetworkCreateBodyIpamConfigItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        driver = self.driver

        config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = []
            for config_item_data in self.config:
                config_item = config_item_data.to_dict()
                config.append(config_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if driver is not UNSET:
            field_dict["driver"] = driver
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_create_body_ipam_config_item import NetworkCreateBodyIpamConfigItem  # noqa: PLC0415

        d = dict(src_dict)
        driver = d.pop("driver", UNSET)

        _config = d.pop("config", UNSET)
        config: list[NetworkCreateBodyIpamConfigItem] | Unset = UNSET
        if _config is not UNSET:
            config = []
            for config_item_data in _config:
                config_item = NetworkCreateBodyIpamConfigItem.from_dict(config_item_data)

                config.append(config_item)

        network_create_body_ipam = cls(
            driver=driver,
            config=config,
        )

        network_create_body_ipam.additional_properties = d
        return network_create_body_ipam

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
