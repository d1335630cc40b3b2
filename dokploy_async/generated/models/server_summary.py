from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_summary_server_type import (
    ServerSummaryServerType,
    check_server_summary_server_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerSummary")


@_attrs_define
class ServerSummary:
    """A partial record of Dokploy's `server` table.

    Attributes:
        name (str):
        server_id (str):
        server_type (ServerSummaryServerType):
        ip_address (str | Unset):
    """

    name: str
    server_id: str
    server_type: ServerSummaryServerType
    ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        server_id = self.server_id

        server_type: str = self.server_type

        ip_address = self.ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "serverId": server_id,
                "serverType": server_type,
            }
        )
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        server_id = d.pop("serverId")

        server_type = check_server_summary_server_type(d.pop("serverType"))

        ip_address = d.pop("ipAddress", UNSET)

        server_summary = cls(
            name=name,
            server_id=server_id,
            server_type=server_type,
            ip_address=ip_address,
        )

        server_summary.additional_properties = d
        return server_summary

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
