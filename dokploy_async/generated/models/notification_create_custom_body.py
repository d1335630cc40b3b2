from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_create_custom_body_headers import NotificationCreateCustomBodyHeaders


T = TypeVar("T", bound="NotificationCreateCustomBody")


@_attrs_define
class NotificationCreateCustomBody:
    """
    Attributes:
        name (str):
        endpoint (str):
        app_build_error (bool | Unset):
        database_backup (bool | Unset):
        dokploy_backup (bool | Unset):
        volume_backup (bool | Unset):
        dokploy_restart (bool | Unset):
        app_deploy (bool | Unset):
        docker_cleanup (bool | Unset):
        server_threshold (bool | Unset):
        headers (NotificationCreateCustomBodyHeaders | Unset):
    """

    name: str
    endpoint: str
    app_build_error: bool | Unset = UNSET
    database_backup: bool | Unset = UNSET
    dokploy_backup: bool | Unset = UNSET
    volume_backup: bool | Unset = UNSET
    dokploy_restart: bool | Unset = UNSET
    app_deploy: bool | Unset = UNSET
    docker_cleanup: bool | Unset = UNSET
    server_threshold: bool | Unset = UNSET
    headers: NotificationCreateCustomBodyHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        endpoint = self.endpoint

        app_build_error = self.app_build_error

        database_backup = self.database_backup

        dokploy_backup = self.dokploy_backup

        volume_backup = self.volume_backup

        dokploy_restart = self.dokploy_restart

        app_deploy = self.app_deploy

        docker_cleanup = self.docker_cleanup

        server_threshold = self.server_threshold

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "endpoint": endpoint,
            }
        )
        if app_build_error is not UNSET:
            field_dict["appBuildError"] = app_build_error
        if database_backup is not UNSET:
            field_dict["databaseBackup"] = database_backup
        if dokploy_backup is not UNSET:
            field_dict["dokployBackup"] = dokploy_backup
        if volume_backup is not UNSET:
            field_dict["volumeBackup"] = volume_backup
        if dokploy_restart is not UNSET:
            field_dict["dokployRestart"] = dokploy_restart
        if app_deploy is not UNSET:
            field_dict["appDeploy"] = app_deploy
        if docker_cleanup is not UNSET:
            field_dict["dockerCleanup"] = docker_cleanup
        if server_threshold is not UNSET:
            field_dict["serverThreshold"] = server_threshold
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_create_custom_body_headers import (
            NotificationCreateCustomBodyHeaders,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        endpoint = d.pop("endpoint")

        app_build_error = d.pop("appBuildError", UNSET)

        database_backup = d.pop("databaseBackup", UNSET)

        dokploy_backup = d.pop("dokployBackup", UNSET)

        volume_backup = d.pop("volumeBackup", UNSET)

        dokploy_restart = d.pop("dokployRestart", UNSET)

        app_deploy = d.pop("appDeploy", UNSET)

        docker_cleanup = d.pop("dockerCleanup", UNSET)

        server_threshold = d.pop("serverThreshold", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: NotificationCreateCustomBodyHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = NotificationCreateCustomBodyHeaders.from_dict(_headers)

        notification_create_custom_body = cls(
            name=name,
            endpoint=endpoint,
            app_build_error=app_build_error,
            database_backup=database_backup,
            dokploy_backup=dokploy_backup,
            volume_backup=volume_backup,
            dokploy_restart=dokploy_restart,
            app_deploy=app_deploy,
            docker_cleanup=docker_cleanup,
            server_threshold=server_threshold,
            headers=headers,
        )

        notification_create_custom_body.additional_properties = d
        return notification_create_custom_body

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
