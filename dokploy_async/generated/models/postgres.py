from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.environment import Environment
    from ..models.mount import Mount
    from ..models.server import Server


T = TypeVar("T", bound="Postgres")


@_attrs_define
class Postgres:
    """A PostgreSQL database service. Contains the database password.

    Attributes:
        postgres_id (str | Unset):
        name (str | Unset):
        app_name (str | Unset):
        database_name (str | Unset):
        database_user (str | Unset):
        database_password (str | Unset):
        description (None | str | Unset):
        docker_image (str | Unset):
        command (None | str | Unset):
        args (list[str] | None | Unset):
        env (None | str | Unset):
        memory_reservation (None | str | Unset):
        external_port (int | None | Unset):
        memory_limit (None | str | Unset):
        cpu_reservation (None | str | Unset):
        cpu_limit (None | str | Unset):
        application_status (str | Unset): idle, running, done or error (others may appear)
        health_check_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
        restart_policy_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
        placement_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
        update_config_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
        rollback_config_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
        mode_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
        labels_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
        network_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
        stop_grace_period_swarm (int | None | Unset):
        endpoint_spec_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
        ulimits_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
        replicas (int | Unset):
        created_at (str | Unset):
        environment_id (str | Unset):
        server_id (None | str | Unset):
        network_ids (list[str] | None | Unset):
        detach_dokploy_network (bool | Unset):
        environment (Environment | Unset): An environment of a project (a default "production" one is created with the
            project). Reads nest its services; environment.one and environment.byProjectId nest the project.
        mounts (list[Mount] | Unset):
        server (None | Server | Unset):
        backups (list[Any] | Unset): Backup configurations (shape not captured).
    """

    postgres_id: str | Unset = UNSET
    name: str | Unset = UNSET
    app_name: str | Unset = UNSET
    database_name: str | Unset = UNSET
    database_user: str | Unset = UNSET
    database_password: str | Unset = _attrs_field(default=UNSET, repr=masked)
    description: None | str | Unset = UNSET
    docker_image: str | Unset = UNSET
    command: None | str | Unset = UNSET
    args: list[str] | None | Unset = UNSET
    env: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    memory_reservation: None | str | Unset = UNSET
    external_port: int | None | Unset = UNSET
    memory_limit: None | str | Unset = UNSET
    cpu_reservation: None | str | Unset = UNSET
    cpu_limit: None | str | Unset = UNSET
    application_status: str | Unset = UNSET
    health_check_swarm: Any | Unset = UNSET
    restart_policy_swarm: Any | Unset = UNSET
    placement_swarm: Any | Unset = UNSET
    update_config_swarm: Any | Unset = UNSET
    rollback_config_swarm: Any | Unset = UNSET
    mode_swarm: Any | Unset = UNSET
    labels_swarm: Any | Unset = UNSET
    network_swarm: Any | Unset = UNSET
    stop_grace_period_swarm: int | None | Unset = UNSET
    endpoint_spec_swarm: Any | Unset = UNSET
    ulimits_swarm: Any | Unset = UNSET
    replicas: int | Unset = UNSET
    created_at: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    server_id: None | str | Unset = UNSET
    network_ids: list[str] | None | Unset = UNSET
    detach_dokploy_network: bool | Unset = UNSET
    environment: Environment | Unset = UNSET
    mounts: list[Mount] | Unset = UNSET
    server: None | Server | Unset = UNSET
    backups: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.server import Server  # noqa: PLC0415

        postgres_id = self.postgres_id

        name = self.name

        app_name = self.app_name

        database_name = self.database_name

        database_user = self.database_user

        database_password = self.database_password

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        docker_image = self.docker_image

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        args: list[str] | None | Unset
        if isinstance(self.args, Unset):
            args = UNSET
        elif isinstance(self.args, list):
            args = self.args

        else:
            args = self.args

        env: None | str | Unset
        if isinstance(self.env, Unset):
            env = UNSET
        else:
            env = self.env

        memory_reservation: None | str | Unset
        if isinstance(self.memory_reservation, Unset):
            memory_reservation = UNSET
        else:
            memory_reservation = self.memory_reservation

        external_port: int | None | Unset
        if isinstance(self.external_port, Unset):
            external_port = UNSET
        else:
            external_port = self.external_port

        memory_limit: None | str | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = self.memory_limit

        cpu_reservation: None | str | Unset
        if isinstance(self.cpu_reservation, Unset):
            cpu_reservation = UNSET
        else:
            cpu_reservation = self.cpu_reservation

        cpu_limit: None | str | Unset
        if isinstance(self.cpu_limit, Unset):
            cpu_limit = UNSET
        else:
            cpu_limit = self.cpu_limit

        application_status = self.application_status

        health_check_swarm = self.health_check_swarm

        restart_policy_swarm = self.restart_policy_swarm

        placement_swarm = self.placement_swarm

        update_config_swarm = self.update_config_swarm

        rollback_config_swarm = self.rollback_config_swarm

        mode_swarm = self.mode_swarm

        labels_swarm = self.labels_swarm

        network_swarm = self.network_swarm

        stop_grace_period_swarm: int | None | Unset
        if isinstance(self.stop_grace_period_swarm, Unset):
            stop_grace_period_swarm = UNSET
        else:
            stop_grace_period_swarm = self.stop_grace_period_swarm

        endpoint_spec_swarm = self.endpoint_spec_swarm

        ulimits_swarm = self.ulimits_swarm

        replicas = self.replicas

        created_at = self.created_at

        environment_id = self.environment_id

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        network_ids: list[str] | None | Unset
        if isinstance(self.network_ids, Unset):
            network_ids = UNSET
        elif isinstance(self.network_ids, list):
            network_ids = self.network_ids

        else:
            network_ids = self.network_ids

        detach_dokploy_network = self.detach_dokploy_network

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

        backups: list[Any] | Unset = UNSET
        if not isinstance(self.backups, Unset):
            backups = self.backups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if postgres_id is not UNSET:
            field_dict["postgresId"] = postgres_id
        if name is not UNSET:
            field_dict["name"] = name
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if database_name is not UNSET:
            field_dict["databaseName"] = database_name
        if database_user is not UNSET:
            field_dict["databaseUser"] = database_user
        if database_password is not UNSET:
            field_dict["databasePassword"] = database_password
        if description is not UNSET:
            field_dict["description"] = description
        if docker_image is not UNSET:
            field_dict["dockerImage"] = docker_image
        if command is not UNSET:
            field_dict["command"] = command
        if args is not UNSET:
            field_dict["args"] = args
        if env is not UNSET:
            field_dict["env"] = env
        if memory_reservation is not UNSET:
            field_dict["memoryReservation"] = memory_reservation
        if external_port is not UNSET:
            field_dict["externalPort"] = external_port
        if memory_limit is not UNSET:
            field_dict["memoryLimit"] = memory_limit
        if cpu_reservation is not UNSET:
            field_dict["cpuReservation"] = cpu_reservation
        if cpu_limit is not UNSET:
            field_dict["cpuLimit"] = cpu_limit
        if application_status is not UNSET:
            field_dict["applicationStatus"] = application_status
        if health_check_swarm is not UNSET:
            field_dict["healthCheckSwarm"] = health_check_swarm
        if restart_policy_swarm is not UNSET:
            field_dict["restartPolicySwarm"] = restart_policy_swarm
        if placement_swarm is not UNSET:
            field_dict["placementSwarm"] = placement_swarm
        if update_config_swarm is not UNSET:
            field_dict["updateConfigSwarm"] = update_config_swarm
        if rollback_config_swarm is not UNSET:
            field_dict["rollbackConfigSwarm"] = rollback_config_swarm
        if mode_swarm is not UNSET:
            field_dict["modeSwarm"] = mode_swarm
        if labels_swarm is not UNSET:
            field_dict["labelsSwarm"] = labels_swarm
        if network_swarm is not UNSET:
            field_dict["networkSwarm"] = network_swarm
        if stop_grace_period_swarm is not UNSET:
            field_dict["stopGracePeriodSwarm"] = stop_grace_period_swarm
        if endpoint_spec_swarm is not UNSET:
            field_dict["endpointSpecSwarm"] = endpoint_spec_swarm
        if ulimits_swarm is not UNSET:
            field_dict["ulimitsSwarm"] = ulimits_swarm
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if network_ids is not UNSET:
            field_dict["networkIds"] = network_ids
        if detach_dokploy_network is not UNSET:
            field_dict["detachDokployNetwork"] = detach_dokploy_network
        if environment is not UNSET:
            field_dict["environment"] = environment
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if server is not UNSET:
            field_dict["server"] = server
        if backups is not UNSET:
            field_dict["backups"] = backups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.mount import Mount  # noqa: PLC0415
        from ..models.server import Server  # noqa: PLC0415

        d = dict(src_dict)
        postgres_id = d.pop("postgresId", UNSET)

        name = d.pop("name", UNSET)

        app_name = d.pop("appName", UNSET)

        database_name = d.pop("databaseName", UNSET)

        database_user = d.pop("databaseUser", UNSET)

        database_password = d.pop("databasePassword", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        docker_image = d.pop("dockerImage", UNSET)

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        def _parse_args(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                args_type_0 = cast(list[str], data)

                return args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        args = _parse_args(d.pop("args", UNSET))

        def _parse_env(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        env = _parse_env(d.pop("env", UNSET))

        def _parse_memory_reservation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memory_reservation = _parse_memory_reservation(d.pop("memoryReservation", UNSET))

        def _parse_external_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        external_port = _parse_external_port(d.pop("externalPort", UNSET))

        def _parse_memory_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memory_limit = _parse_memory_limit(d.pop("memoryLimit", UNSET))

        def _parse_cpu_reservation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_reservation = _parse_cpu_reservation(d.pop("cpuReservation", UNSET))

        def _parse_cpu_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_limit = _parse_cpu_limit(d.pop("cpuLimit", UNSET))

        application_status = d.pop("applicationStatus", UNSET)

        health_check_swarm = d.pop("healthCheckSwarm", UNSET)

        restart_policy_swarm = d.pop("restartPolicySwarm", UNSET)

        placement_swarm = d.pop("placementSwarm", UNSET)

        update_config_swarm = d.pop("updateConfigSwarm", UNSET)

        rollback_config_swarm = d.pop("rollbackConfigSwarm", UNSET)

        mode_swarm = d.pop("modeSwarm", UNSET)

        labels_swarm = d.pop("labelsSwarm", UNSET)

        network_swarm = d.pop("networkSwarm", UNSET)

        def _parse_stop_grace_period_swarm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stop_grace_period_swarm = _parse_stop_grace_period_swarm(
            d.pop("stopGracePeriodSwarm", UNSET)
        )

        endpoint_spec_swarm = d.pop("endpointSpecSwarm", UNSET)

        ulimits_swarm = d.pop("ulimitsSwarm", UNSET)

        replicas = d.pop("replicas", UNSET)

        created_at = d.pop("createdAt", UNSET)

        environment_id = d.pop("environmentId", UNSET)

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        def _parse_network_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                network_ids_type_0 = cast(list[str], data)

                return network_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        network_ids = _parse_network_ids(d.pop("networkIds", UNSET))

        detach_dokploy_network = d.pop("detachDokployNetwork", UNSET)

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

        backups = cast(list[Any], d.pop("backups", UNSET))

        postgres = cls(
            postgres_id=postgres_id,
            name=name,
            app_name=app_name,
            database_name=database_name,
            database_user=database_user,
            database_password=database_password,
            description=description,
            docker_image=docker_image,
            command=command,
            args=args,
            env=env,
            memory_reservation=memory_reservation,
            external_port=external_port,
            memory_limit=memory_limit,
            cpu_reservation=cpu_reservation,
            cpu_limit=cpu_limit,
            application_status=application_status,
            health_check_swarm=health_check_swarm,
            restart_policy_swarm=restart_policy_swarm,
            placement_swarm=placement_swarm,
            update_config_swarm=update_config_swarm,
            rollback_config_swarm=rollback_config_swarm,
            mode_swarm=mode_swarm,
            labels_swarm=labels_swarm,
            network_swarm=network_swarm,
            stop_grace_period_swarm=stop_grace_period_swarm,
            endpoint_spec_swarm=endpoint_spec_swarm,
            ulimits_swarm=ulimits_swarm,
            replicas=replicas,
            created_at=created_at,
            environment_id=environment_id,
            server_id=server_id,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
            environment=environment,
            mounts=mounts,
            server=server,
            backups=backups,
        )

        postgres.additional_properties = d
        return postgres

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
