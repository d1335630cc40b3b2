from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.libsql_application_status import (
    LibsqlApplicationStatus,
    check_libsql_application_status,
)
from ..models.libsql_sqld_node import LibsqlSqldNode, check_libsql_sqld_node
from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.backup import Backup
    from ..models.endpoint_spec_swarm import EndpointSpecSwarm
    from ..models.environment import Environment
    from ..models.health_check_swarm import HealthCheckSwarm
    from ..models.libsql_labels_swarm_type_0 import LibsqlLabelsSwarmType0
    from ..models.mount import Mount
    from ..models.network_swarm import NetworkSwarm
    from ..models.placement_swarm import PlacementSwarm
    from ..models.restart_policy_swarm import RestartPolicySwarm
    from ..models.server import Server
    from ..models.service_mode_swarm import ServiceModeSwarm
    from ..models.update_config_swarm import UpdateConfigSwarm


T = TypeVar("T", bound="Libsql")


@_attrs_define
class Libsql:
    """A record of Dokploy's `libsql` table.

    Attributes:
        app_name (str):
        application_status (LibsqlApplicationStatus):
        command (None | str):
        cpu_limit (None | str):
        cpu_reservation (None | str):
        created_at (str):
        database_password (str):
        database_user (str):
        description (None | str):
        detach_dokploy_network (bool):
        docker_image (str):
        enable_namespaces (bool):
        endpoint_spec_swarm (EndpointSpecSwarm | None):
        env (None | str):
        environment_id (str):
        external_admin_port (int | None):
        external_grpc_port (int | None):
        external_port (int | None):
        health_check_swarm (HealthCheckSwarm | None):
        labels_swarm (LibsqlLabelsSwarmType0 | None):
        libsql_id (str):
        memory_limit (None | str):
        memory_reservation (None | str):
        mode_swarm (None | ServiceModeSwarm):
        name (str):
        network_ids (list[str] | None):
        network_swarm (list[NetworkSwarm] | None):
        placement_swarm (None | PlacementSwarm):
        replicas (int):
        restart_policy_swarm (None | RestartPolicySwarm):
        rollback_config_swarm (None | UpdateConfigSwarm):
        server_id (None | str):
        sqld_node (LibsqlSqldNode):
        sqld_primary_url (None | str):
        stop_grace_period_swarm (int | None):
        update_config_swarm (None | UpdateConfigSwarm):
        backups (list[Backup] | Unset):
        environment (Environment | Unset): A record of Dokploy's `environments` table.
        mounts (list[Mount] | Unset):
        server (None | Server | Unset):
    """

    app_name: str
    application_status: LibsqlApplicationStatus
    command: None | str
    cpu_limit: None | str
    cpu_reservation: None | str
    created_at: str
    database_password: str = _attrs_field(repr=masked)
    database_user: str
    description: None | str
    detach_dokploy_network: bool
    docker_image: str
    enable_namespaces: bool
    endpoint_spec_swarm: EndpointSpecSwarm | None
    env: None | str = _attrs_field(repr=masked)
    environment_id: str
    external_admin_port: int | None
    external_grpc_port: int | None
    external_port: int | None
    health_check_swarm: HealthCheckSwarm | None
    labels_swarm: LibsqlLabelsSwarmType0 | None
    libsql_id: str
    memory_limit: None | str
    memory_reservation: None | str
    mode_swarm: None | ServiceModeSwarm
    name: str
    network_ids: list[str] | None
    network_swarm: list[NetworkSwarm] | None
    placement_swarm: None | PlacementSwarm
    replicas: int
    restart_policy_swarm: None | RestartPolicySwarm
    rollback_config_swarm: None | UpdateConfigSwarm
    server_id: None | str
    sqld_node: LibsqlSqldNode
    sqld_primary_url: None | str
    stop_grace_period_swarm: int | None
    update_config_swarm: None | UpdateConfigSwarm
    backups: list[Backup] | Unset = UNSET
    environment: Environment | Unset = UNSET
    mounts: list[Mount] | Unset = UNSET
    server: None | Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.endpoint_spec_swarm import EndpointSpecSwarm  # noqa: PLC0415
        from ..models.health_check_swarm import HealthCheckSwarm  # noqa: PLC0415
        from ..models.libsql_labels_swarm_type_0 import LibsqlLabelsSwarmType0  # noqa: PLC0415
        from ..models.placement_swarm import PlacementSwarm  # noqa: PLC0415
        from ..models.restart_policy_swarm import RestartPolicySwarm  # noqa: PLC0415
        from ..models.server import Server  # noqa: PLC0415
        from ..models.service_mode_swarm import ServiceModeSwarm  # noqa: PLC0415
        from ..models.update_config_swarm import UpdateConfigSwarm  # noqa: PLC0415

        app_name = self.app_name

        application_status: str = self.application_status

        command: None | str
        command = self.command

        cpu_limit: None | str
        cpu_limit = self.cpu_limit

        cpu_reservation: None | str
        cpu_reservation = self.cpu_reservation

        created_at = self.created_at

        database_password = self.database_password

        database_user = self.database_user

        description: None | str
        description = self.description

        detach_dokploy_network = self.detach_dokploy_network

        docker_image = self.docker_image

        enable_namespaces = self.enable_namespaces

        endpoint_spec_swarm: dict[str, Any] | None
        if isinstance(self.endpoint_spec_swarm, EndpointSpecSwarm):
            endpoint_spec_swarm = self.endpoint_spec_swarm.to_dict()
        else:
            endpoint_spec_swarm = self.endpoint_spec_swarm

        env: None | str
        env = self.env

        environment_id = self.environment_id

        external_admin_port: int | None
        external_admin_port = self.external_admin_port

        external_grpc_port: int | None
        external_grpc_port = self.external_grpc_port

        external_port: int | None
        external_port = self.external_port

        health_check_swarm: dict[str, Any] | None
        if isinstance(self.health_check_swarm, HealthCheckSwarm):
            health_check_swarm = self.health_check_swarm.to_dict()
        else:
            health_check_swarm = self.health_check_swarm

        labels_swarm: dict[str, Any] | None
        if isinstance(self.labels_swarm, LibsqlLabelsSwarmType0):
            labels_swarm = self.labels_swarm.to_dict()
        else:
            labels_swarm = self.labels_swarm

        libsql_id = self.libsql_id

        memory_limit: None | str
        memory_limit = self.memory_limit

        memory_reservation: None | str
        memory_reservation = self.memory_reservation

        mode_swarm: dict[str, Any] | None
        if isinstance(self.mode_swarm, ServiceModeSwarm):
            mode_swarm = self.mode_swarm.to_dict()
        else:
            mode_swarm = self.mode_swarm

        name = self.name

        network_ids: list[str] | None
        if isinstance(self.network_ids, list):
            network_ids = self.network_ids

        else:
            network_ids = self.network_ids

        network_swarm: list[dict[str, Any]] | None
        if isinstance(self.network_swarm, list):
            network_swarm = []
            for network_swarm_type_0_item_data in self.network_swarm:
                network_swarm_type_0_item = network_swarm_type_0_item_data.to_dict()
                network_swarm.append(network_swarm_type_0_item)

        else:
            network_swarm = self.network_swarm

        placement_swarm: dict[str, Any] | None
        if isinstance(self.placement_swarm, PlacementSwarm):
            placement_swarm = self.placement_swarm.to_dict()
        else:
            placement_swarm = self.placement_swarm

        replicas = self.replicas

        restart_policy_swarm: dict[str, Any] | None
        if isinstance(self.restart_policy_swarm, RestartPolicySwarm):
            restart_policy_swarm = self.restart_policy_swarm.to_dict()
        else:
            restart_policy_swarm = self.restart_policy_swarm

        rollback_config_swarm: dict[str, Any] | None
        if isinstance(self.rollback_config_swarm, UpdateConfigSwarm):
            rollback_config_swarm = self.rollback_config_swarm.to_dict()
        else:
            rollback_config_swarm = self.rollback_config_swarm

        server_id: None | str
        server_id = self.server_id

        sqld_node: str = self.sqld_node

        sqld_primary_url: None | str
        sqld_primary_url = self.sqld_primary_url

        stop_grace_period_swarm: int | None
        stop_grace_period_swarm = self.stop_grace_period_swarm

        update_config_swarm: dict[str, Any] | None
        if isinstance(self.update_config_swarm, UpdateConfigSwarm):
            update_config_swarm = self.update_config_swarm.to_dict()
        else:
            update_config_swarm = self.update_config_swarm

        backups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.backups, Unset):
            backups = []
            for backups_item_data in self.backups:
                backups_item = backups_item_data.to_dict()
                backups.append(backups_item)

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        mounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mounts, Unset):
            mounts = []
            for mounts_item_data in self.mounts:
                mounts_item = mounts_item_data.to_dict()
                mounts.append(mounts_item)

        server: dict[str, Any] | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        elif isinstance(self.server, Server):
            server = self.server.to_dict()
        else:
            server = self.server

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appName": app_name,
                "applicationStatus": application_status,
                "command": command,
                "cpuLimit": cpu_limit,
                "cpuReservation": cpu_reservation,
                "createdAt": created_at,
                "databasePassword": database_password,
                "databaseUser": database_user,
                "description": description,
                "detachDokployNetwork": detach_dokploy_network,
                "dockerImage": docker_image,
                "enableNamespaces": enable_namespaces,
                "endpointSpecSwarm": endpoint_spec_swarm,
                "env": env,
                "environmentId": environment_id,
                "externalAdminPort": external_admin_port,
                "externalGRPCPort": external_grpc_port,
                "externalPort": external_port,
                "healthCheckSwarm": health_check_swarm,
                "labelsSwarm": labels_swarm,
                "libsqlId": libsql_id,
                "memoryLimit": memory_limit,
                "memoryReservation": memory_reservation,
                "modeSwarm": mode_swarm,
                "name": name,
                "networkIds": network_ids,
                "networkSwarm": network_swarm,
                "placementSwarm": placement_swarm,
                "replicas": replicas,
                "restartPolicySwarm": restart_policy_swarm,
                "rollbackConfigSwarm": rollback_config_swarm,
                "serverId": server_id,
                "sqldNode": sqld_node,
                "sqldPrimaryUrl": sqld_primary_url,
                "stopGracePeriodSwarm": stop_grace_period_swarm,
                "updateConfigSwarm": update_config_swarm,
            }
        )
        if backups is not UNSET:
            field_dict["backups"] = backups
        if environment is not UNSET:
            field_dict["environment"] = environment
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if server is not UNSET:
            field_dict["server"] = server

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backup import Backup  # noqa: PLC0415
        from ..models.endpoint_spec_swarm import EndpointSpecSwarm  # noqa: PLC0415
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.health_check_swarm import HealthCheckSwarm  # noqa: PLC0415
        from ..models.libsql_labels_swarm_type_0 import LibsqlLabelsSwarmType0  # noqa: PLC0415
        from ..models.mount import Mount  # noqa: PLC0415
        from ..models.network_swarm import NetworkSwarm  # noqa: PLC0415
        from ..models.placement_swarm import PlacementSwarm  # noqa: PLC0415
        from ..models.restart_policy_swarm import RestartPolicySwarm  # noqa: PLC0415
        from ..models.server import Server  # noqa: PLC0415
        from ..models.service_mode_swarm import ServiceModeSwarm  # noqa: PLC0415
        from ..models.update_config_swarm import UpdateConfigSwarm  # noqa: PLC0415

        d = dict(src_dict)
        app_name = d.pop("appName")

        application_status = check_libsql_application_status(d.pop("applicationStatus"))

        def _parse_command(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        command = _parse_command(d.pop("command"))

        def _parse_cpu_limit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cpu_limit = _parse_cpu_limit(d.pop("cpuLimit"))

        def _parse_cpu_reservation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cpu_reservation = _parse_cpu_reservation(d.pop("cpuReservation"))

        created_at = d.pop("createdAt")

        database_password = d.pop("databasePassword")

        database_user = d.pop("databaseUser")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        detach_dokploy_network = d.pop("detachDokployNetwork")

        docker_image = d.pop("dockerImage")

        enable_namespaces = d.pop("enableNamespaces")

        def _parse_endpoint_spec_swarm(data: object) -> EndpointSpecSwarm | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_spec_swarm_type_0 = EndpointSpecSwarm.from_dict(data)

                return endpoint_spec_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointSpecSwarm | None, data)

        endpoint_spec_swarm = _parse_endpoint_spec_swarm(d.pop("endpointSpecSwarm"))

        def _parse_env(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        env = _parse_env(d.pop("env"))

        environment_id = d.pop("environmentId")

        def _parse_external_admin_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        external_admin_port = _parse_external_admin_port(d.pop("externalAdminPort"))

        def _parse_external_grpc_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        external_grpc_port = _parse_external_grpc_port(d.pop("externalGRPCPort"))

        def _parse_external_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        external_port = _parse_external_port(d.pop("externalPort"))

        def _parse_health_check_swarm(data: object) -> HealthCheckSwarm | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                health_check_swarm_type_0 = HealthCheckSwarm.from_dict(data)

                return health_check_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HealthCheckSwarm | None, data)

        health_check_swarm = _parse_health_check_swarm(d.pop("healthCheckSwarm"))

        def _parse_labels_swarm(data: object) -> LibsqlLabelsSwarmType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_swarm_type_0 = LibsqlLabelsSwarmType0.from_dict(data)

                return labels_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LibsqlLabelsSwarmType0 | None, data)

        labels_swarm = _parse_labels_swarm(d.pop("labelsSwarm"))

        libsql_id = d.pop("libsqlId")

        def _parse_memory_limit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        memory_limit = _parse_memory_limit(d.pop("memoryLimit"))

        def _parse_memory_reservation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        memory_reservation = _parse_memory_reservation(d.pop("memoryReservation"))

        def _parse_mode_swarm(data: object) -> None | ServiceModeSwarm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mode_swarm_type_0 = ServiceModeSwarm.from_dict(data)

                return mode_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceModeSwarm, data)

        mode_swarm = _parse_mode_swarm(d.pop("modeSwarm"))

        name = d.pop("name")

        def _parse_network_ids(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                network_ids_type_0 = cast(list[str], data)

                return network_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        network_ids = _parse_network_ids(d.pop("networkIds"))

        def _parse_network_swarm(data: object) -> list[NetworkSwarm] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                network_swarm_type_0 = []
                _network_swarm_type_0 = data
                for network_swarm_type_0_item_data in _network_swarm_type_0:
                    network_swarm_type_0_item = NetworkSwarm.from_dict(
                        network_swarm_type_0_item_data
                    )

                    network_swarm_type_0.append(network_swarm_type_0_item)

                return network_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NetworkSwarm] | None, data)

        network_swarm = _parse_network_swarm(d.pop("networkSwarm"))

        def _parse_placement_swarm(data: object) -> None | PlacementSwarm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                placement_swarm_type_0 = PlacementSwarm.from_dict(data)

                return placement_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlacementSwarm, data)

        placement_swarm = _parse_placement_swarm(d.pop("placementSwarm"))

        replicas = d.pop("replicas")

        def _parse_restart_policy_swarm(data: object) -> None | RestartPolicySwarm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                restart_policy_swarm_type_0 = RestartPolicySwarm.from_dict(data)

                return restart_policy_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RestartPolicySwarm, data)

        restart_policy_swarm = _parse_restart_policy_swarm(d.pop("restartPolicySwarm"))

        def _parse_rollback_config_swarm(data: object) -> None | UpdateConfigSwarm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rollback_config_swarm_type_0 = UpdateConfigSwarm.from_dict(data)

                return rollback_config_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UpdateConfigSwarm, data)

        rollback_config_swarm = _parse_rollback_config_swarm(d.pop("rollbackConfigSwarm"))

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        sqld_node = check_libsql_sqld_node(d.pop("sqldNode"))

        def _parse_sqld_primary_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sqld_primary_url = _parse_sqld_primary_url(d.pop("sqldPrimaryUrl"))

        def _parse_stop_grace_period_swarm(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        stop_grace_period_swarm = _parse_stop_grace_period_swarm(d.pop("stopGracePeriodSwarm"))

        def _parse_update_config_swarm(data: object) -> None | UpdateConfigSwarm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                update_config_swarm_type_0 = UpdateConfigSwarm.from_dict(data)

                return update_config_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UpdateConfigSwarm, data)

        update_config_swarm = _parse_update_config_swarm(d.pop("updateConfigSwarm"))

        _backups = d.pop("backups", UNSET)
        backups: list[Backup] | Unset = UNSET
        if _backups is not UNSET:
            backups = []
            for backups_item_data in _backups:
                backups_item = Backup.from_dict(backups_item_data)

                backups.append(backups_item)

        _environment = d.pop("environment", UNSET)
        environment: Environment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = Environment.from_dict(_environment)

        _mounts = d.pop("mounts", UNSET)
        mounts: list[Mount] | Unset = UNSET
        if _mounts is not UNSET:
            mounts = []
            for mounts_item_data in _mounts:
                mounts_item = Mount.from_dict(mounts_item_data)

                mounts.append(mounts_item)

        def _parse_server(data: object) -> None | Server | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_0 = Server.from_dict(data)

                return server_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Server | Unset, data)

        server = _parse_server(d.pop("server", UNSET))

        libsql = cls(
            app_name=app_name,
            application_status=application_status,
            command=command,
            cpu_limit=cpu_limit,
            cpu_reservation=cpu_reservation,
            created_at=created_at,
            database_password=database_password,
            database_user=database_user,
            description=description,
            detach_dokploy_network=detach_dokploy_network,
            docker_image=docker_image,
            enable_namespaces=enable_namespaces,
            endpoint_spec_swarm=endpoint_spec_swarm,
            env=env,
            environment_id=environment_id,
            external_admin_port=external_admin_port,
            external_grpc_port=external_grpc_port,
            external_port=external_port,
            health_check_swarm=health_check_swarm,
            labels_swarm=labels_swarm,
            libsql_id=libsql_id,
            memory_limit=memory_limit,
            memory_reservation=memory_reservation,
            mode_swarm=mode_swarm,
            name=name,
            network_ids=network_ids,
            network_swarm=network_swarm,
            placement_swarm=placement_swarm,
            replicas=replicas,
            restart_policy_swarm=restart_policy_swarm,
            rollback_config_swarm=rollback_config_swarm,
            server_id=server_id,
            sqld_node=sqld_node,
            sqld_primary_url=sqld_primary_url,
            stop_grace_period_swarm=stop_grace_period_swarm,
            update_config_swarm=update_config_swarm,
            backups=backups,
            environment=environment,
            mounts=mounts,
            server=server,
        )

        libsql.additional_properties = d
        return libsql

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
