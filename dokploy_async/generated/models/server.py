from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_server_status import ServerServerStatus, check_server_server_status
from ..models.server_server_type import ServerServerType, check_server_server_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment import Deployment
    from ..models.organization import Organization
    from ..models.server_metrics_config import ServerMetricsConfig
    from ..models.ssh_key import SshKey


T = TypeVar("T", bound="Server")


@_attrs_define
class Server:
    """A record of Dokploy's `server` table.

    Attributes:
        app_name (str):
        builds_concurrency (int):
        command (str):
        created_at (str):
        description (None | str):
        enable_docker_cleanup (bool):
        ip_address (str):
        metrics_config (ServerMetricsConfig):
        name (str):
        organization_id (str):
        port (int):
        server_id (str):
        server_status (ServerServerStatus):
        server_type (ServerServerType):
        ssh_key_id (None | str):
        username (str):
        deployments (list[Deployment] | Unset):
        organization (Organization | Unset): A record of Dokploy's `organization` table.
        ssh_key (None | SshKey | Unset):
        total_sum (float | Unset):
    """

    app_name: str
    builds_concurrency: int
    command: str
    created_at: str
    description: None | str
    enable_docker_cleanup: bool
    ip_address: str
    metrics_config: ServerMetricsConfig
    name: str
    organization_id: str
    port: int
    server_id: str
    server_status: ServerServerStatus
    server_type: ServerServerType
    ssh_key_id: None | str
    username: str
    deployments: list[Deployment] | Unset = UNSET
    organization: Organization | Unset = UNSET
    ssh_key: None | SshKey | Unset = UNSET
    total_sum: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ssh_key import SshKey  # noqa: PLC0415

        app_name = self.app_name

        builds_concurrency = self.builds_concurrency

        command = self.command

        created_at = self.created_at

        description: None | str
        description = self.description

        enable_docker_cleanup = self.enable_docker_cleanup

        ip_address = self.ip_address

        metrics_config = self.metrics_config.to_dict()

        name = self.name

        organization_id = self.organization_id

        port = self.port

        server_id = self.server_id

        server_status: str = self.server_status

        server_type: str = self.server_type

        ssh_key_id: None | str
        ssh_key_id = self.ssh_key_id

        username = self.username

        deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = []
            for deployments_item_data in self.deployments:
                deployments_item = deployments_item_data.to_dict()
                deployments.append(deployments_item)

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        ssh_key: dict[str, Any] | None | Unset
        if isinstance(self.ssh_key, Unset):
            ssh_key = UNSET
        elif isinstance(self.ssh_key, SshKey):
            ssh_key = self.ssh_key.to_dict()
        else:
            ssh_key = self.ssh_key

        total_sum = self.total_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appName": app_name,
                "buildsConcurrency": builds_concurrency,
                "command": command,
                "createdAt": created_at,
                "description": description,
                "enableDockerCleanup": enable_docker_cleanup,
                "ipAddress": ip_address,
                "metricsConfig": metrics_config,
                "name": name,
                "organizationId": organization_id,
                "port": port,
                "serverId": server_id,
                "serverStatus": server_status,
                "serverType": server_type,
                "sshKeyId": ssh_key_id,
                "username": username,
            }
        )
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if organization is not UNSET:
            field_dict["organization"] = organization
        if ssh_key is not UNSET:
            field_dict["sshKey"] = ssh_key
        if total_sum is not UNSET:
            field_dict["totalSum"] = total_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment import Deployment  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415
        from ..models.server_metrics_config import ServerMetricsConfig  # noqa: PLC0415
        from ..models.ssh_key import SshKey  # noqa: PLC0415

        d = dict(src_dict)
        app_name = d.pop("appName")

        builds_concurrency = d.pop("buildsConcurrency")

        command = d.pop("command")

        created_at = d.pop("createdAt")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        enable_docker_cleanup = d.pop("enableDockerCleanup")

        ip_address = d.pop("ipAddress")

        metrics_config = ServerMetricsConfig.from_dict(d.pop("metricsConfig"))

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        port = d.pop("port")

        server_id = d.pop("serverId")

        server_status = check_server_server_status(d.pop("serverStatus"))

        server_type = check_server_server_type(d.pop("serverType"))

        def _parse_ssh_key_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ssh_key_id = _parse_ssh_key_id(d.pop("sshKeyId"))

        username = d.pop("username")

        _deployments = d.pop("deployments", UNSET)
        deployments: list[Deployment] | Unset = UNSET
        if _deployments is not UNSET:
            deployments = []
            for deployments_item_data in _deployments:
                deployments_item = Deployment.from_dict(deployments_item_data)

                deployments.append(deployments_item)

        _organization = d.pop("organization", UNSET)
        organization: Organization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = Organization.from_dict(_organization)

        def _parse_ssh_key(data: object) -> None | SshKey | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ssh_key_type_0 = SshKey.from_dict(data)

                return ssh_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SshKey | Unset, data)

        ssh_key = _parse_ssh_key(d.pop("sshKey", UNSET))

        total_sum = d.pop("totalSum", UNSET)

        server = cls(
            app_name=app_name,
            builds_concurrency=builds_concurrency,
            command=command,
            created_at=created_at,
            description=description,
            enable_docker_cleanup=enable_docker_cleanup,
            ip_address=ip_address,
            metrics_config=metrics_config,
            name=name,
            organization_id=organization_id,
            port=port,
            server_id=server_id,
            server_status=server_status,
            server_type=server_type,
            ssh_key_id=ssh_key_id,
            username=username,
            deployments=deployments,
            organization=organization,
            ssh_key=ssh_key,
            total_sum=total_sum,
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
