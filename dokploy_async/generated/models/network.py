from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_driver import NetworkDriver, check_network_driver

if TYPE_CHECKING:
    from ..models.network_ipam_type_0 import NetworkIpamType0


T = TypeVar("T", bound="Network")


@_attrs_define
class Network:
    """A record of Dokploy's `network` table.

    Attributes:
        attachable (bool):
        created_at (str):
        driver (NetworkDriver):
        enable_i_pv_4 (bool):
        enable_i_pv_6 (bool):
        internal (bool):
        ipam (NetworkIpamType0 | None):
        mtu (int | None):
        name (str):
        network_id (str):
        organization_id (str):
        server_id (None | str):
    """

    attachable: bool
    created_at: str
    driver: NetworkDriver
    enable_i_pv_4: bool
    enable_i_pv_6: bool
    internal: bool
    ipam: NetworkIpamType0 | None
    mtu: int | None
    name: str
    network_id: str
    organization_id: str
    server_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.network_ipam_type_0 import NetworkIpamType0  # noqa: PLC0415

        attachable = self.attachable

        created_at = self.created_at

        driver: str = self.driver

        enable_i_pv_4 = self.enable_i_pv_4

        enable_i_pv_6 = self.enable_i_pv_6

        internal = self.internal

        ipam: dict[str, Any] | None
        if isinstance(self.ipam, NetworkIpamType0):
            ipam = self.ipam.to_dict()
        else:
            ipam = self.ipam

        mtu: int | None
        mtu = self.mtu

        name = self.name

        network_id = self.network_id

        organization_id = self.organization_id

        server_id: None | str
        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachable": attachable,
                "createdAt": created_at,
                "driver": driver,
                "enableIPv4": enable_i_pv_4,
                "enableIPv6": enable_i_pv_6,
                "internal": internal,
                "ipam": ipam,
                "mtu": mtu,
                "name": name,
                "networkId": network_id,
                "organizationId": organization_id,
                "serverId": server_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_ipam_type_0 import NetworkIpamType0  # noqa: PLC0415

        d = dict(src_dict)
        attachable = d.pop("attachable")

        created_at = d.pop("createdAt")

        driver = check_network_driver(d.pop("driver"))

        enable_i_pv_4 = d.pop("enableIPv4")

        enable_i_pv_6 = d.pop("enableIPv6")

        internal = d.pop("internal")

        def _parse_ipam(data: object) -> NetworkIpamType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ipam_type_0 = NetworkIpamType0.from_dict(data)

                return ipam_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NetworkIpamType0 | None, data)

        ipam = _parse_ipam(d.pop("ipam"))

        def _parse_mtu(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        mtu = _parse_mtu(d.pop("mtu"))

        name = d.pop("name")

        network_id = d.pop("networkId")

        organization_id = d.pop("organizationId")

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        network = cls(
            attachable=attachable,
            created_at=created_at,
            driver=driver,
            enable_i_pv_4=enable_i_pv_4,
            enable_i_pv_6=enable_i_pv_6,
            internal=internal,
            ipam=ipam,
            mtu=mtu,
            name=name,
            network_id=network_id,
            organization_id=organization_id,
            server_id=server_id,
        )

        network.additional_properties = d
        return network

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
