from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="NotificationCreatePushoverBody")


@_attrs_define
class NotificationCreatePushoverBody:
    """
    Attributes:
        name (str):
        user_key (str):
        api_token (str):
        app_build_error (bool | Unset):
        database_backup (bool | Unset):
        dokploy_backup (bool | Unset):
        volume_backup (bool | Unset):
        dokploy_restart (bool | Unset):
        app_deploy (bool | Unset):
        docker_cleanup (bool | Unset):
        server_threshold (bool | Unset):
        priority (float | Unset):
        retry (float | None | Unset):
        expire (float | None | Unset):
    """

    name: str
    user_key: str = _attrs_field(repr=masked)
    api_token: str = _attrs_field(repr=masked)
    app_build_error: bool | Unset = UNSET
    database_backup: bool | Unset = UNSET
    dokploy_backup: bool | Unset = UNSET
    volume_backup: bool | Unset = UNSET
    dokploy_restart: bool | Unset = UNSET
    app_deploy: bool | Unset = UNSET
    docker_cleanup: bool | Unset = UNSET
    server_threshold: bool | Unset = UNSET
    priority: float | Unset = UNSET
    retry: float | None | Unset = UNSET
    expire: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        user_key = self.user_key

        api_token = self.api_token

        app_build_error = self.app_build_error

        database_backup = self.database_backup

        dokploy_backup = self.dokploy_backup

        volume_backup = self.volume_backup

        dokploy_restart = self.dokploy_restart

        app_deploy = self.app_deploy

        docker_cleanup = self.docker_cleanup

        server_threshold = self.server_threshold

        priority = self.priority

        retry: float | None | Unset
        if isinstance(self.retry, Unset):
            retry = UNSET
        else:
            retry = self.retry

        expire: float | None | Unset
        if isinstance(self.expire, Unset):
            expire = UNSET
        else:
            expire = self.expire

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "userKey": user_key,
                "apiToken": api_token,
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
        if priority is not UNSET:
            field_dict["priority"] = priority
        if retry is not UNSET:
            field_dict["retry"] = retry
        if expire is not UNSET:
            field_dict["expire"] = expire

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        user_key = d.pop("userKey")

        api_token = d.pop("apiToken")

        app_build_error = d.pop("appBuildError", UNSET)

        database_backup = d.pop("databaseBackup", UNSET)

        dokploy_backup = d.pop("dokployBackup", UNSET)

        volume_backup = d.pop("volumeBackup", UNSET)

        dokploy_restart = d.pop("dokployRestart", UNSET)

        app_deploy = d.pop("appDeploy", UNSET)

        docker_cleanup = d.pop("dockerCleanup", UNSET)

        server_threshold = d.pop("serverThreshold", UNSET)

        priority = d.pop("priority", UNSET)

        def _parse_retry(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        retry = _parse_retry(d.pop("retry", UNSET))

        def _parse_expire(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        expire = _parse_expire(d.pop("expire", UNSET))

        notification_create_pushover_body = cls(
            name=name,
            user_key=user_key,
            api_token=api_token,
            app_build_error=app_build_error,
            database_backup=database_backup,
            dokploy_backup=dokploy_backup,
            volume_backup=volume_backup,
            dokploy_restart=dokploy_restart,
            app_deploy=app_deploy,
            docker_cleanup=docker_cleanup,
            server_threshold=server_threshold,
            priority=priority,
            retry=retry,
            expire=expire,
        )

        notification_create_pushover_body.additional_properties = d
        return notification_create_pushover_body

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
