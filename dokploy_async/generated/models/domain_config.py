from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainConfig")


@_attrs_define
class DomainConfig:
    """
    Attributes:
        port (float):
        service_name (str):
        host (str | Unset):
        path (str | Unset):
    """

    port: float
    service_name: str
    host: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        port = self.port

        service_name = self.service_name

        host = self.host

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "port": port,
                "serviceName": service_name,
            }
        )
        if host is not UNSET:
            field_dict["host"] = host
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        port = d.pop("port")

        service_name = d.pop("serviceName")

        host = d.pop("host", UNSET)

        path = d.pop("path", UNSET)

        domain_config = cls(
            port=port,
            service_name=service_name,
            host=host,
            path=path,
        )

        domain_config.additional_properties = d
        return domain_config

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
