from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Server")


@_attrs_define
class Server:
    """A remote server (shape from the request schema and Dokploy source; not captured).

    Attributes:
        name (None | str | Unset):
        description (None | str | Unset):
        server_id (None | str | Unset):
        ip_address (None | str | Unset):
        port (int | None | Unset):
        username (None | str | Unset):
        ssh_key_id (None | str | Unset):
        server_type (None | str | Unset): one of: deploy, build (others may appear)
        enable_docker_cleanup (bool | None | Unset):
        command (None | str | Unset):
        app_name (str | Unset):
        created_at (str | Unset):
        organization_id (str | Unset):
        server_status (str | Unset): active | inactive
        builds_concurrency (int | Unset):
        cloud_provider (None | str | Unset):
        provider_server_id (None | str | Unset):
        metrics_config (Any | Unset): monitoring settings (open JSON object)
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    server_id: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    username: None | str | Unset = UNSET
    ssh_key_id: None | str | Unset = UNSET
    server_type: None | str | Unset = UNSET
    enable_docker_cleanup: bool | None | Unset = UNSET
    command: None | str | Unset = UNSET
    app_name: str | Unset = UNSET
    created_at: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    server_status: str | Unset = UNSET
    builds_concurrency: int | Unset = UNSET
    cloud_provider: None | str | Unset = UNSET
    provider_server_id: None | str | Unset = UNSET
    metrics_config: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        ssh_key_id: None | str | Unset
        if isinstance(self.ssh_key_id, Unset):
            ssh_key_id = UNSET
        else:
            ssh_key_id = self.ssh_key_id

        server_type: None | str | Unset
        if isinstance(self.server_type, Unset):
            server_type = UNSET
        else:
            server_type = self.server_type

        enable_docker_cleanup: bool | None | Unset
        if isinstance(self.enable_docker_cleanup, Unset):
            enable_docker_cleanup = UNSET
        else:
            enable_docker_cleanup = self.enable_docker_cleanup

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        app_name = self.app_name

        created_at = self.created_at

        organization_id = self.organization_id

        server_status = self.server_status

        builds_concurrency = self.builds_concurrency

        cloud_provider: None | str | Unset
        if isinstance(self.cloud_provider, Unset):
            cloud_provider = UNSET
        else:
            cloud_provider = self.cloud_provider

        provider_server_id: None | str | Unset
        if isinstance(self.provider_server_id, Unset):
            provider_server_id = UNSET
        else:
            provider_server_id = self.provider_server_id

        metrics_config = self.metrics_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if port is not UNSET:
            field_dict["port"] = port
        if username is not UNSET:
            field_dict["username"] = username
        if ssh_key_id is not UNSET:
            field_dict["sshKeyId"] = ssh_key_id
        if server_type is not UNSET:
            field_dict["serverType"] = server_type
        if enable_docker_cleanup is not UNSET:
            field_dict["enableDockerCleanup"] = enable_docker_cleanup
        if command is not UNSET:
            field_dict["command"] = command
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if server_status is not UNSET:
            field_dict["serverStatus"] = server_status
        if builds_concurrency is not UNSET:
            field_dict["buildsConcurrency"] = builds_concurrency
        if cloud_provider is not UNSET:
            field_dict["cloudProvider"] = cloud_provider
        if provider_server_id is not UNSET:
            field_dict["providerServerId"] = provider_server_id
        if metrics_config is not UNSET:
            field_dict["metricsConfig"] = metrics_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ipAddress", UNSET))

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_ssh_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssh_key_id = _parse_ssh_key_id(d.pop("sshKeyId", UNSET))

        def _parse_server_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_type = _parse_server_type(d.pop("serverType", UNSET))

        def _parse_enable_docker_cleanup(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_docker_cleanup = _parse_enable_docker_cleanup(d.pop("enableDockerCleanup", UNSET))

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        app_name = d.pop("appName", UNSET)

        created_at = d.pop("createdAt", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        server_status = d.pop("serverStatus", UNSET)

        builds_concurrency = d.pop("buildsConcurrency", UNSET)

        def _parse_cloud_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cloud_provider = _parse_cloud_provider(d.pop("cloudProvider", UNSET))

        def _parse_provider_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_server_id = _parse_provider_server_id(d.pop("providerServerId", UNSET))

        metrics_config = d.pop("metricsConfig", UNSET)

        server = cls(
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
            app_name=app_name,
            created_at=created_at,
            organization_id=organization_id,
            server_status=server_status,
            builds_concurrency=builds_concurrency,
            cloud_provider=cloud_provider,
            provider_server_id=provider_server_id,
            metrics_config=metrics_config,
        )

        server.additional_properties = d
        return server

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
