from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="MysqlCreateBody")


@_attrs_define
class MysqlCreateBody:
    """
    Attributes:
        name (str):
        environment_id (str):
        database_name (str):
        database_user (str):
        database_password (str):
        app_name (str | Unset):
        docker_image (str | Unset):
        description (None | str | Unset):
        database_root_password (str | Unset):
        server_id (None | str | Unset):
    """

    name: str
    environment_id: str
    database_name: str
    database_user: str
    database_password: str = _attrs_field(repr=masked)
    app_name: str | Unset = UNSET
    docker_image: str | Unset = UNSET
    description: None | str | Unset = UNSET
    database_root_password: str | Unset = _attrs_field(default=UNSET, repr=masked)
    server_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        environment_id = self.environment_id

        database_name = self.database_name

        database_user = self.database_user

        database_password = self.database_password

        app_name = self.app_name

        docker_image = self.docker_image

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        database_root_password = self.database_root_password

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
                "environmentId": environment_id,
                "databaseName": database_name,
                "databaseUser": database_user,
                "databasePassword": database_password,
            }
        )
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if docker_image is not UNSET:
            field_dict["dockerImage"] = docker_image
        if description is not UNSET:
            field_dict["description"] = description
        if database_root_password is not UNSET:
            field_dict["databaseRootPassword"] = database_root_password
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        environment_id = d.pop("environmentId")

        database_name = d.pop("databaseName")

        database_user = d.pop("databaseUser")

        database_password = d.pop("databasePassword")

        app_name = d.pop("appName", UNSET)

        docker_image = d.pop("dockerImage", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        database_root_password = d.pop("databaseRootPassword", UNSET)

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        mysql_create_body = cls(
            name=name,
            environment_id=environment_id,
            database_name=database_name,
            database_user=database_user,
            database_password=database_password,
            app_name=app_name,
            docker_image=docker_image,
            description=description,
            database_root_password=database_root_password,
            server_id=server_id,
        )

        mysql_create_body.additional_properties = d
        return mysql_create_body

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
