from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="NotificationCreateEmailBody")


@_attrs_define
class NotificationCreateEmailBody:
    """
    Attributes:
        app_build_error (bool):
        database_backup (bool):
        dokploy_backup (bool):
        volume_backup (bool):
        dokploy_restart (bool):
        name (str):
        app_deploy (bool):
        docker_cleanup (bool):
        server_threshold (bool):
        smtp_server (str):
        smtp_port (float):
        username (str):
        password (str):
        from_address (str):
        to_addresses (list[str]):
    """

    app_build_error: bool
    database_backup: bool
    dokploy_backup: bool
    volume_backup: bool
    dokploy_restart: bool
    name: str
    app_deploy: bool
    docker_cleanup: bool
    server_threshold: bool
    smtp_server: str
    smtp_port: float
    username: str
    password: str = _attrs_field(repr=masked)
    from_address: str
    to_addresses: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_build_error = self.app_build_error

        database_backup = self.database_backup

        dokploy_backup = self.dokploy_backup

        volume_backup = self.volume_backup

        dokploy_restart = self.dokploy_restart

        name = self.name

        app_deploy = self.app_deploy

        docker_cleanup = self.docker_cleanup

        server_threshold = self.server_threshold

        smtp_server = self.smtp_server

        smtp_port = self.smtp_port

        username = self.username

        password = self.password

        from_address = self.from_address

        to_addresses = self.to_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appBuildError": app_build_error,
                "databaseBackup": database_backup,
                "dokployBackup": dokploy_backup,
                "volumeBackup": volume_backup,
                "dokployRestart": dokploy_restart,
                "name": name,
                "appDeploy": app_deploy,
                "dockerCleanup": docker_cleanup,
                "serverThreshold": server_threshold,
                "smtpServer": smtp_server,
                "smtpPort": smtp_port,
                "username": username,
                "password": password,
                "fromAddress": from_address,
                "toAddresses": to_addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_build_error = d.pop("appBuildError")

        database_backup = d.pop("databaseBackup")

        dokploy_backup = d.pop("dokployBackup")

        volume_backup = d.pop("volumeBackup")

        dokploy_restart = d.pop("dokployRestart")

        name = d.pop("name")

        app_deploy = d.pop("appDeploy")

        docker_cleanup = d.pop("dockerCleanup")

        server_threshold = d.pop("serverThreshold")

        smtp_server = d.pop("smtpServer")

        smtp_port = d.pop("smtpPort")

        username = d.pop("username")

        password = d.pop("password")

        from_address = d.pop("fromAddress")

        to_addresses = cast(list[str], d.pop("toAddresses"))

        notification_create_email_body = cls(
            app_build_error=app_build_error,
            database_backup=database_backup,
            dokploy_backup=dokploy_backup,
            volume_backup=volume_backup,
            dokploy_restart=dokploy_restart,
            name=name,
            app_deploy=app_deploy,
            docker_cleanup=docker_cleanup,
            server_threshold=server_threshold,
            smtp_server=smtp_server,
            smtp_port=smtp_port,
            username=username,
            password=password,
            from_address=from_address,
            to_addresses=to_addresses,
        )

        notification_create_email_body.additional_properties = d
        return notification_create_email_body

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
