from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_create_body_driver import (
    NetworkCreateBodyDriver,
    check_network_create_body_driver,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_create_body_ipam import NetworkCreateBodyIpam


T = TypeVar("T", bound="NetworkCreateBody")


@_attrs_define
class NetworkCreateBody:
    """
    Attributes:
        name (str):
        driver (NetworkCreateBodyDriver | Unset):
        internal (bool | Unset):
        attachable (bool | Unset):
        enable_i_pv_4 (bool | Unset):
        enable_i_pv_6 (bool | Unset):
        mtu (int | None | Unset):
        ipam (NetworkCreateBodyIpam | None | Unset):
        server_id (None | str | Unset):
    """

    name: str
    driver: NetworkCreateBodyDriver | Unset = UNSET
    internal: bool | Unset = UNSET
    attachable: bool | Unset = UNSET
    enable_i_pv_4: bool | Unset = UNSET
    enable_i_pv_6: bool | Unset = UNSET
    mtu: int | None | Unset = UNSET
    ipam: NetworkCreateBodyIpam | None | Unset = UNSET
    server_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.network_create_body_ipam import NetworkCreateBodyIpam  # noqa: PLC0415

        name = self.name

        driver: str | Unset = UNSET
        if not isinstance(self.driver, Unset):
            driver = self.driver

        internal = self.internal

        attachable = self.attachable

        enable_i_pv_4 = self.enable_i_pv_4

        enable_i_pv_6 = self.enable_i_pv_6

        mtu: int | None | Unset
        if isinstance(self.mtu, Unset):
            mtu = UNSET
        else:
            mtu = self.mtu

        ipam: dict[str, Any] | None | Unset
        if isinstance(self.ipam, Unset):
            ipam = UNSET
        elif isinstance(self.ipam, NetworkCreateBodyIpam):
            ipam = self.ipam.to_dict()
        else:
            ipam = self.ipam

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if driver is not UNSET:
            field_dict["driver"] = driver
        if internal is not UNSET:
            field_dict["internal"] = internal
        if attachable is not UNSET:
            field_dict["attachable"] = attachable
        if enable_i_pv_4 is not UNSET:
            field_dict["enableIPv4"] = enable_i_pv_4
        if enable_i_pv_6 is not UNSET:
            field_dict["enableIPv6"] = enable_i_pv_6
        if mtu is not UNSET:
            field_dict["mtu"] = mtu
        if ipam is not UNSET:
            field_dict["ipam"] = ipam
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_create_body_ipam import NetworkCreateBodyIpam  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _driver = d.pop("driver", UNSET)
        driver: NetworkCreateBodyDriver | Unset
        if isinstance(_driver, Unset):
            driver = UNSET
        else:
            driver = check_network_create_body_driver(_driver)

        internal = d.pop("internal", UNSET)

        attachable = d.pop("attachable", UNSET)

        enable_i_pv_4 = d.pop("enableIPv4", UNSET)

        enable_i_pv_6 = d.pop("enableIPv6", UNSET)

        def _parse_mtu(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mtu = _parse_mtu(d.pop("mtu", UNSET))

        def _parse_ipam(data: object) -> NetworkCreateBodyIpam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ipam_ipam = NetworkCreateBodyIpam.from_dict(data)

                return ipam_ipam
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NetworkCreateBodyIpam | None | Unset, data)

        ipam = _parse_ipam(d.pop("ipam", UNSET))

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        network_create_body = cls(
            name=name,
            driver=driver,
            internal=internal,
            attachable=attachable,
            enable_i_pv_4=enable_i_pv_4,
            enable_i_pv_6=enable_i_pv_6,
            mtu=mtu,
            ipam=ipam,
            server_id=server_id,
        )

        network_create_body.additional_properties = d
        return network_create_body

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
