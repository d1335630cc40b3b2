from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mount_mysql_type_0_environment import MountMysqlType0Environment


T = TypeVar("T", bound="MountMysqlType0")


@_attrs_define
class MountMysqlType0:
    """
    Attributes:
        app_name (str):
        environment (MountMysqlType0Environment):
        server_id (None | str):
    """

    app_name: str
    environment: MountMysqlType0Environment
    server_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_name = self.app_name

        environment = self.environment.to_dict()

        server_id: None | str
        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appName": app_name,
                "environment": environment,
                "serverId": server_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mount_mysql_type_0_environment import MountMysqlType0Environment  # noqa: PLC0415

        d = dict(src_dict)
        app_name = d.pop("appName")

        environment = MountMysqlType0Environment.from_dict(d.pop("environment"))

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        mount_mysql_type_0 = cls(
            app_name=app_name,
            environment=environment,
            server_id=server_id,
        )

        mount_mysql_type_0.additional_properties = d
        return mount_mysql_type_0

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
