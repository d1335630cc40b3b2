from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.libsql_create_body_sqld_node import (
    LibsqlCreateBodySqldNode,
    check_libsql_create_body_sqld_node,
)
from ..types import masked

T = TypeVar("T", bound="LibsqlCreateBody")


@_attrs_define
class LibsqlCreateBody:
    """
    Attributes:
        name (str):
        app_name (str):
        docker_image (str):
        environment_id (str):
        description (None | str):
        database_user (str):
        database_password (str):
        sqld_node (LibsqlCreateBodySqldNode):
        sqld_primary_url (None | str):
        enable_namespaces (bool):
        server_id (None | str):
    """

    name: str
    app_name: str
    docker_image: str
    environment_id: str
    description: None | str
    database_user: str
    database_password: str = _attrs_field(repr=masked)
    sqld_node: LibsqlCreateBodySqldNode
    sqld_primary_url: None | str
    enable_namespaces: bool
    server_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        app_name = self.app_name

        docker_image = self.docker_image

        environment_id = self.environment_id

        description: None | str
        description = self.description

        database_user = self.database_user

        database_password = self.database_password

        sqld_node: str = self.sqld_node

        sqld_primary_url: None | str
        sqld_primary_url = self.sqld_primary_url

        enable_namespaces = self.enable_namespaces

        server_id: None | str
        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "appName": app_name,
                "dockerImage": docker_image,
                "environmentId": environment_id,
                "description": description,
                "databaseUser": database_user,
                "databasePassword": database_password,
                "sqldNode": sqld_node,
                "sqldPrimaryUrl": sqld_primary_url,
                "enableNamespaces": enable_namespaces,
                "serverId": server_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        app_name = d.pop("appName")

        docker_image = d.pop("dockerImage")

        environment_id = d.pop("environmentId")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        database_user = d.pop("databaseUser")

        database_password = d.pop("databasePassword")

        sqld_node = check_libsql_create_body_sqld_node(d.pop("sqldNode"))

        def _parse_sqld_primary_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sqld_primary_url = _parse_sqld_primary_url(d.pop("sqldPrimaryUrl"))

        enable_namespaces = d.pop("enableNamespaces")

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        libsql_create_body = cls(
            name=name,
            app_name=app_name,
            docker_image=docker_image,
            environment_id=environment_id,
            description=description,
            database_user=database_user,
            database_password=database_password,
            sqld_node=sqld_node,
            sqld_primary_url=sqld_primary_url,
            enable_namespaces=enable_namespaces,
            server_id=server_id,
        )

        libsql_create_body.additional_properties = d
        return libsql_create_body

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
