from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_update_body_server_type import (
    ServerUpdateBodyServerType,
    check_server_update_body_server_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerUpdateBody")


@_attrs_define
class ServerUpdateBody:
    """
    Attributes:
        name (str):
        description (None | str):
        server_id (str):
        ip_address (str):
        port (float):
        username (str):
        ssh_key_id (None | str):
        server_type (ServerUpdateBodyServerType):
        enable_docker_cleanup (bool | Unset):
        command (str | Unset):
    """

    name: str
    description: None | str
    server_id: str
    ip_address: str
    port: float
    username: str
    ssh_key_id: None | str
    server_type: ServerUpdateBodyServerType
    enable_docker_cleanup: bool | Unset = UNSET
    command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str
        description = self.description

        server_id = self.server_id

        ip_address = self.ip_address

        port = self.port

        username = self.username

        ssh_key_id: None | str
        ssh_key_id = self.ssh_key_id

        server_type: str = self.server_type

        enable_docker_cleanup = self.enable_docker_cleanup

        command = self.command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "serverId": server_id,
                "ipAddress": ip_address,
                "port": port,
                "username": username,
                "sshKeyId": ssh_key_id,
                "serverType": server_type,
            }
        )
        if enable_docker_cleanup is not UNSET:
            field_dict["enableDockerCleanup"] = enable_docker_cleanup
        if command is not UNSET:
            field_dict["command"] = command

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        server_id = d.pop("serverId")

        ip_address = d.pop("ipAddress")

        port = d.pop("port")

        username = d.pop("username")

        def _parse_ssh_key_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ssh_key_id = _parse_ssh_key_id(d.pop("sshKeyId"))

        server_type = check_server_update_body_server_type(d.pop("serverType"))

        enable_docker_cleanup = d.pop("enableDockerCleanup", UNSET)

        command = d.pop("command", UNSET)

        server_update_body = cls(
            name=name,
            description=description,
            server_id=server_id,
            ip_address=ip_address,
            port=port,
            username=username,
            ssh_key_id=ssh_key_id,
            server_type=server_type,
            enable_docker_cleanup=enable_docker_cleanup,
            command=command,
        )

        server_update_body.additional_properties = d
        return server_update_body

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
