from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LibsqlSaveExternalPortsBody")


@_attrs_define
class LibsqlSaveExternalPortsBody:
    """
    Attributes:
        libsql_id (str):
        external_port (float | None | Unset):
        external_grpc_port (float | None | Unset):
        external_admin_port (float | None | Unset):
    """

    libsql_id: str
    external_port: float | None | Unset = UNSET
    external_grpc_port: float | None | Unset = UNSET
    external_admin_port: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        libsql_id = self.libsql_id

        external_port: float | None | Unset
        if isinstance(self.external_port, Unset):
            external_port = UNSET
        else:
            external_port = self.external_port

        external_grpc_port: float | None | Unset
        if isinstance(self.external_grpc_port, Unset):
            external_grpc_port = UNSET
        else:
            external_grpc_port = self.external_grpc_port

        external_admin_port: float | None | Unset
        if isinstance(self.external_admin_port, Unset):
            external_admin_port = UNSET
        else:
            external_admin_port = self.external_admin_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "libsqlId": libsql_id,
            }
        )
        if external_port is not UNSET:
            field_dict["externalPort"] = external_port
        if external_grpc_port is not UNSET:
            field_dict["externalGRPCPort"] = external_grpc_port
        if external_admin_port is not UNSET:
            field_dict["externalAdminPort"] = external_admin_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        libsql_id = d.pop("libsqlId")

        def _parse_external_port(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        external_port = _parse_external_port(d.pop("externalPort", UNSET))

        def _parse_external_grpc_port(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        external_grpc_port = _parse_external_grpc_port(d.pop("externalGRPCPort", UNSET))

        def _parse_external_admin_port(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        external_admin_port = _parse_external_admin_port(d.pop("externalAdminPort", UNSET))

        libsql_save_external_ports_body = cls(
            libsql_id=libsql_id,
            external_port=external_port,
            external_grpc_port=external_grpc_port,
            external_admin_port=external_admin_port,
        )

        libsql_save_external_ports_body.additional_properties = d
        return libsql_save_external_ports_body

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
