from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MariadbSaveExternalPortBody")


@_attrs_define
class MariadbSaveExternalPortBody:
    """
    Attributes:
        mariadb_id (str):
        external_port (float | None):
    """

    mariadb_id: str
    external_port: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mariadb_id = self.mariadb_id

        external_port: float | None
        external_port = self.external_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mariadbId": mariadb_id,
                "externalPort": external_port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mariadb_id = d.pop("mariadbId")

        def _parse_external_port(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        external_port = _parse_external_port(d.pop("externalPort"))

        mariadb_save_external_port_body = cls(
            mariadb_id=mariadb_id,
            external_port=external_port,
        )

        mariadb_save_external_port_body.additional_properties = d
        return mariadb_save_external_port_body

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
