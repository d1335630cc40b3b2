from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="NotificationUpdateResendBody")


@_attrs_define
class NotificationUpdateResendBody:
    """
    Attributes:
        notification_id (str):
        resend_id (str):
        app_build_error (bool | Unset):
        database_backup (bool | Unset):
        dokploy_backup (bool | Unset):
        volume_backup (bool | Unset):
        dokploy_restart (bool | Unset):
        name (str | Unset):
        app_deploy (bool | Unset):
        docker_cleanup (bool | Unset):
        server_threshold (bool | Unset):
        api_key (str | Unset):
        from_address (str | Unset):
        to_addresses (list[str] | Unset):
        organization_id (str | Unset):
    """

    notification_id: str
    resend_id: str
    app_build_error: bool | Unset = UNSET
    database_backup: bool | Unset = UNSET
    dokploy_backup: bool | Unset = UNSET
    volume_backup: bool | Unset = UNSET
    dokploy_restart: bool | Unset = UNSET
    name: str | Unset = UNSET
    app_deploy: bool | Unset = UNSET
    docker_cleanup: bool | Unset = UNSET
    server_threshold: bool | Unset = UNSET
    api_key: str | Unset = _attrs_field(default=UNSET, repr=masked)
    from_address: str | Unset = UNSET
    to_addresses: list[str] | Unset = UNSET
    organization_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_id = self.notification_id

        resend_id = self.resend_id

        app_build_error = self.app_build_error

        database_backup = self.database_backup

        dokploy_backup = self.dokploy_backup

        volume_backup = self.volume_backup

        dokploy_restart = self.dokploy_restart

        name = self.name

        app_deploy = self.app_deploy

        docker_cleanup = self.docker_cleanup

        server_threshold = self.server_threshold

        api_key = self.api_key

        from_address = self.from_address

        to_addresses: list[str] | Unset = UNSET
        if not isinstance(self.to_addresses, Unset):
            to_addresses = self.to_addresses

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notificationId": notification_id,
                "resendId": resend_id,
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
        if name is not UNSET:
            field_dict["name"] = name
        if app_deploy is not UNSET:
            field_dict["appDeploy"] = app_deploy
        if docker_cleanup is not UNSET:
            field_dict["dockerCleanup"] = docker_cleanup
        if server_threshold is not UNSET:
            field_dict["serverThreshold"] = server_threshold
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if from_address is not UNSET:
            field_dict["fromAddress"] = from_address
        if to_addresses is not UNSET:
            field_dict["toAddresses"] = to_addresses
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notification_id = d.pop("notificationId")

        resend_id = d.pop("resendId")

        app_build_error = d.pop("appBuildError", UNSET)

        database_backup = d.pop("databaseBackup", UNSET)

        dokploy_backup = d.pop("dokployBackup", UNSET)

        volume_backup = d.pop("volumeBackup", UNSET)

        dokploy_restart = d.pop("dokployRestart", UNSET)

        name = d.pop("name", UNSET)

        app_deploy = d.pop("appDeploy", UNSET)

        docker_cleanup = d.pop("dockerCleanup", UNSET)

        server_threshold = d.pop("serverThreshold", UNSET)

        api_key = d.pop("apiKey", UNSET)

        from_address = d.pop("fromAddress", UNSET)

        to_addresses = cast(list[str], d.pop("toAddresses", UNSET))

        organization_id = d.pop("organizationId", UNSET)

        notification_update_resend_body = cls(
            notification_id=notification_id,
            resend_id=resend_id,
            app_build_error=app_build_error,
            database_backup=database_backup,
            dokploy_backup=dokploy_backup,
            volume_backup=volume_backup,
            dokploy_restart=dokploy_restart,
            name=name,
            app_deploy=app_deploy,
            docker_cleanup=docker_cleanup,
            server_threshold=server_threshold,
            api_key=api_key,
            from_address=from_address,
            to_addresses=to_addresses,
            organization_id=organization_id,
        )

        notification_update_resend_body.additional_properties = d
        return notification_update_resend_body

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
