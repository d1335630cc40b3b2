from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="RedisCreateBody")


@_attrs_define
class RedisCreateBody:
    """
    Attributes:
        name (str):
        database_password (str):
        environment_id (str):
        app_name (str | Unset):
        docker_image (str | Unset):
        description (None | str | Unset):
        server_id (None | str | Unset):
    """

    name: str
    database_password: str = _attrs_field(repr=masked)
    environment_id: str
    app_name: str | Unset = UNSET
    docker_image: str | Unset = UNSET
    description: None | str | Unset = UNSET
    server_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        database_password = self.database_password

        environment_id = self.environment_id

        app_name = self.app_name

        docker_image = self.docker_image

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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
                "databasePassword": database_password,
                "environmentId": environment_id,
            }
        )
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if docker_image is not UNSET:
            field_dict["dockerImage"] = docker_image
        if description is not UNSET:
            field_dict["description"] = description
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        database_password = d.pop("databasePassword")

        environment_id = d.pop("environmentId")

        app_name = d.pop("appName", UNSET)

        docker_image = d.pop("dockerImage", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        redis_create_body = cls(
            name=name,
            database_password=database_password,
            environment_id=environment_id,
            app_name=app_name,
            docker_image=docker_image,
            description=description,
            server_id=server_id,
        )

        redis_create_body.additional_properties = d
        return redis_create_body

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
