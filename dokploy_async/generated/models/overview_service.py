from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.overview_service_type import OverviewServiceType, check_overview_service_type

T = TypeVar("T", bound="OverviewService")


@_attrs_define
class OverviewService:
    """
    Attributes:
        app_name (str):
        created_at (str):
        environment_id (str):
        environment_name (str):
        icon (None | str):
        id (str):
        last_deploy_at (None | str):
        name (str):
        project_id (str):
        project_name (str):
        server_id (None | str):
        server_name (None | str):
        status (None | str):
        type_ (OverviewServiceType):
    """

    app_name: str
    created_at: str
    environment_id: str
    environment_name: str
    icon: None | str
    id: str
    last_deploy_at: None | str
    name: str
    project_id: str
    project_name: str
    server_id: None | str
    server_name: None | str
    status: None | str
    type_: OverviewServiceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_name = self.app_name

        created_at = self.created_at

        environment_id = self.environment_id

        environment_name = self.environment_name

        icon: None | str
        icon = self.icon

        id = self.id

        last_deploy_at: None | str
        last_deploy_at = self.last_deploy_at

        name = self.name

        project_id = self.project_id

        project_name = self.project_name

        server_id: None | str
        server_id = self.server_id

        server_name: None | str
        server_name = self.server_name

        status: None | str
        status = self.status

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appName": app_name,
                "createdAt": created_at,
                "environmentId": environment_id,
                "environmentName": environment_name,
                "icon": icon,
                "id": id,
                "lastDeployAt": last_deploy_at,
                "name": name,
                "projectId": project_id,
                "projectName": project_name,
                "serverId": server_id,
                "serverName": server_name,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_name = d.pop("appName")

        created_at = d.pop("createdAt")

        environment_id = d.pop("environmentId")

        environment_name = d.pop("environmentName")

        def _parse_icon(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        icon = _parse_icon(d.pop("icon"))

        id = d.pop("id")

        def _parse_last_deploy_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_deploy_at = _parse_last_deploy_at(d.pop("lastDeployAt"))

        name = d.pop("name")

        project_id = d.pop("projectId")

        project_name = d.pop("projectName")

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        def _parse_server_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_name = _parse_server_name(d.pop("serverName"))

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        type_ = check_overview_service_type(d.pop("type"))

        overview_service = cls(
            app_name=app_name,
            created_at=created_at,
            environment_id=environment_id,
            environment_name=environment_name,
            icon=icon,
            id=id,
            last_deploy_at=last_deploy_at,
            name=name,
            project_id=project_id,
            project_name=project_name,
            server_id=server_id,
            server_name=server_name,
            status=status,
            type_=type_,
        )

        overview_service.additional_properties = d
        return overview_service

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
