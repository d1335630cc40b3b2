from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redis_update_body_application_status import (
    RedisUpdateBodyApplicationStatus,
    check_redis_update_body_application_status,
)
from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.redis_update_body_endpoint_spec_swarm import RedisUpdateBodyEndpointSpecSwarm
    from ..models.redis_update_body_health_check_swarm import RedisUpdateBodyHealthCheckSwarm
    from ..models.redis_update_body_labels_swarm_type_0 import RedisUpdateBodyLabelsSwarmType0
    from ..models.redis_update_body_mode_swarm import RedisUpdateBodyModeSwarm
    from ..models.redis_update_body_network_swarm_type_0_item import (
        RedisUpdateBodyNetworkSwarmType0Item,
    )
    from ..models.redis_update_body_placement_swarm import RedisUpdateBodyPlacementSwarm
    from ..models.redis_update_body_restart_policy_swarm import RedisUpdateBodyRestartPolicySwarm
    from ..models.redis_update_body_rollback_config_swarm import RedisUpdateBodyRollbackConfigSwarm
    from ..models.redis_update_body_ulimits_swarm_type_0_item import (
        RedisUpdateBodyUlimitsSwarmType0Item,
    )
    from ..models.redis_update_body_update_config_swarm import RedisUpdateBodyUpdateConfigSwarm


T = TypeVar("T", bound="RedisUpdateBody")


@_attrs_define
class RedisUpdateBody:
    """
    Attributes:
        redis_id (str):
        name (str | Unset):
        app_name (str | Unset):
        description (None | str | Unset):
        database_password (str | Unset):
        docker_image (str | Unset):
        command (None | str | Unset):
        args (list[str] | None | Unset):
        env (None | str | Unset):
        memory_reservation (None | str | Unset):
        memory_limit (None | str | Unset):
        cpu_reservation (None | str | Unset):
        cpu_limit (None | str | Unset):
        external_port (float | None | Unset):
        created_at (str | Unset):
        application_status (RedisUpdateBodyApplicationStatus | Unset):
        health_check_swarm (None | RedisUpdateBodyHealthCheckSwarm | Unset):
        restart_policy_swarm (None | RedisUpdateBodyRestartPolicySwarm | Unset):
        placement_swarm (None | RedisUpdateBodyPlacementSwarm | Unset):
        update_config_swarm (None | RedisUpdateBodyUpdateConfigSwarm | Unset):
        rollback_config_swarm (None | RedisUpdateBodyRollbackConfigSwarm | Unset):
        mode_swarm (None | RedisUpdateBodyModeSwarm | Unset):
        labels_swarm (None | RedisUpdateBodyLabelsSwarmType0 | Unset):
        network_swarm (list[RedisUpdateBodyNetworkSwarmType0Item] | None | Unset):
        stop_grace_period_swarm (float | None | Unset):
        endpoint_spec_swarm (None | RedisUpdateBodyEndpointSpecSwarm | Unset):
        ulimits_swarm (list[RedisUpdateBodyUlimitsSwarmType0Item] | None | Unset):
        replicas (float | Unset):
        environment_id (str | Unset):
        network_ids (list[str] | None | Unset):
        detach_dokploy_network (bool | Unset):
    """

    redis_id: str
    name: str | Unset = UNSET
    app_name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    database_password: str | Unset = _attrs_field(default=UNSET, repr=masked)
    docker_image: str | Unset = UNSET
    command: None | str | Unset = UNSET
    args: list[str] | None | Unset = UNSET
    env: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    memory_reservation: None | str | Unset = UNSET
    memory_limit: None | str | Unset = UNSET
    cpu_reservation: None | str | Unset = UNSET
    cpu_limit: None | str | Unset = UNSET
    external_port: float | None | Unset = UNSET
    created_at: str | Unset = UNSET
    application_status: RedisUpdateBodyApplicationStatus | Unset = UNSET
    health_check_swarm: None | RedisUpdateBodyHealthCheckSwarm | Unset = UNSET
    restart_policy_swarm: None | RedisUpdateBodyRestartPolicySwarm | Unset = UNSET
    placement_swarm: None | RedisUpdateBodyPlacementSwarm | Unset = UNSET
    update_config_swarm: None | RedisUpdateBodyUpdateConfigSwarm | Unset = UNSET
    rollback_config_swarm: None | RedisUpdateBodyRollbackConfigSwarm | Unset = UNSET
    mode_swarm: None | RedisUpdateBodyModeSwarm | Unset = UNSET
    labels_swarm: None | RedisUpdateBodyLabelsSwarmType0 | Unset = UNSET
    network_swarm: list[RedisUpdateBodyNetworkSwarmType0Item] | None | Unset = UNSET
    stop_grace_period_swarm: float | None | Unset = UNSET
    endpoint_spec_swarm: None | RedisUpdateBodyEndpointSpecSwarm | Unset = UNSET
    ulimits_swarm: list[RedisUpdateBodyUlimitsSwarmType0Item] | None | Unset = UNSET
    replicas: float | Unset = UNSET
    environment_id: str | Unset = UNSET
    network_ids: list[str] | None | Unset = UNSET
    detach_dokploy_network: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.redis_update_body_endpoint_spec_swarm import RedisUpdateBodyEndpointSpecSwarm  # noqa: PLC0415
        from ..models.redis_update_body_health_check_swarm import RedisUpdateBodyHealthCheckSwarm  # noqa: PLC0415
        from ..models.redis_update_body_labels_swarm_type_0 import RedisUpdateBodyLabelsSwarmType0  # noqa: PLC0415
        from ..models.redis_update_body_mode_swarm import RedisUpdateBodyModeSwarm  # noqa: PLC0415
        from ..models.redis_update_body_placement_swarm import RedisUpdateBodyPlacementSwarm  # noqa: PLC0415
        from ..models.redis_update_body_restart_policy_swarm import (
            RedisUpdateBodyRestartPolicySwarm,  # noqa: PLC0415
        )
        from ..models.redis_update_body_rollback_config_swarm import (
            RedisUpdateBodyRollbackConfigSwarm,  # noqa: PLC0415
        )
        from ..models.redis_update_body_update_config_swarm import RedisUpdateBodyUpdateConfigSwarm  # noqa: PLC0415

        redis_id = self.redis_id

        name = self.name

        app_name = self.app_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        database_password = self.database_password

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

        external_port: float | None | Unset
        if isinstance(self.external_port, Unset):
            external_port = UNSET
        else:
            external_port = self.external_port

        created_at = self.created_at

        application_status: str | Unset = UNSET
        if not isinstance(self.application_status, Unset):
            application_status = self.application_status

        health_check_swarm: dict[str, Any] | None | Unset
        if isinstance(self.health_check_swarm, Unset):
            health_check_swarm = UNSET
        elif isinstance(self.health_check_swarm, RedisUpdateBodyHealthCheckSwarm):
            health_check_swarm = self.health_check_swarm.to_dict()
        else:
            health_check_swarm = self.health_check_swarm

        restart_policy_swarm: dict[str, Any] | None | Unset
        if isinstance(self.restart_policy_swarm, Unset):
            restart_policy_swarm = UNSET
        elif isinstance(self.restart_policy_swarm, RedisUpdateBodyRestartPolicySwarm):
            restart_policy_swarm = self.restart_policy_swarm.to_dict()
        else:
            restart_policy_swarm = self.restart_policy_swarm

        placement_swarm: dict[str, Any] | None | Unset
        if isinstance(self.placement_swarm, Unset):
            placement_swarm = UNSET
        elif isinstance(self.placement_swarm, RedisUpdateBodyPlacementSwarm):
            placement_swarm = self.placement_swarm.to_dict()
        else:
            placement_swarm = self.placement_swarm

        update_config_swarm: dict[str, Any] | None | Unset
        if isinstance(self.update_config_swarm, Unset):
            update_config_swarm = UNSET
        elif isinstance(self.update_config_swarm, RedisUpdateBodyUpdateConfigSwarm):
            update_config_swarm = self.update_config_swarm.to_dict()
        else:
            update_config_swarm = self.update_config_swarm

        rollback_config_swarm: dict[str, Any] | None | Unset
        if isinstance(self.rollback_config_swarm, Unset):
            rollback_config_swarm = UNSET
        elif isinstance(self.rollback_config_swarm, RedisUpdateBodyRollbackConfigSwarm):
            rollback_config_swarm = self.rollback_config_swarm.to_dict()
        else:
            rollback_config_swarm = self.rollback_config_swarm

        mode_swarm: dict[str, Any] | None | Unset
        if isinstance(self.mode_swarm, Unset):
            mode_swarm = UNSET
        elif isinstance(self.mode_swarm, RedisUpdateBodyModeSwarm):
            mode_swarm = self.mode_swarm.to_dict()
        else:
            mode_swarm = self.mode_swarm

        labels_swarm: dict[str, Any] | None | Unset
        if isinstance(self.labels_swarm, Unset):
            labels_swarm = UNSET
        elif isinstance(self.labels_swarm, RedisUpdateBodyLabelsSwarmType0):
            labels_swarm = self.labels_swarm.to_dict()
        else:
            labels_swarm = self.labels_swarm

        network_swarm: list[dict[str, Any]] | None | Unset
        if isinstance(self.network_swarm, Unset):
            network_swarm = UNSET
        elif isinstance(self.network_swarm, list):
            network_swarm = []
            for network_swarm_type_0_item_data in self.network_swarm:
                network_swarm_type_0_item = network_swarm_type_0_item_data.to_dict()
                network_swarm.append(network_swarm_type_0_item)

        else:
            network_swarm = self.network_swarm

        stop_grace_period_swarm: float | None | Unset
        if isinstance(self.stop_grace_period_swarm, Unset):
            stop_grace_period_swarm = UNSET
        else:
            stop_grace_period_swarm = self.stop_grace_period_swarm

        endpoint_spec_swarm: dict[str, Any] | None | Unset
        if isinstance(self.endpoint_spec_swarm, Unset):
            endpoint_spec_swarm = UNSET
        elif isinstance(self.endpoint_spec_swarm, RedisUpdateBodyEndpointSpecSwarm):
            endpoint_spec_swarm = self.endpoint_spec_swarm.to_dict()
        else:
            endpoint_spec_swarm = self.endpoint_spec_swarm

        ulimits_swarm: list[dict[str, Any]] | None | Unset
        if isinstance(self.ulimits_swarm, Unset):
            ulimits_swarm = UNSET
        elif isinstance(self.ulimits_swarm, list):
            ulimits_swarm = []
            for ulimits_swarm_type_0_item_data in self.ulimits_swarm:
                ulimits_swarm_type_0_item = ulimits_swarm_type_0_item_data.to_dict()
                ulimits_swarm.append(ulimits_swarm_type_0_item)

        else:
            ulimits_swarm = self.ulimits_swarm

        replicas = self.replicas

        environment_id = self.environment_id

        network_ids: list[str] | None | Unset
        if isinstance(self.network_ids, Unset):
            network_ids = UNSET
        elif isinstance(self.network_ids, list):
            network_ids = self.network_ids

        else:
            network_ids = self.network_ids

        detach_dokploy_network = self.detach_dokploy_network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redisId": redis_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if description is not UNSET:
            field_dict["description"] = description
        if database_password is not UNSET:
            field_dict["databasePassword"] = database_password
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
        if memory_limit is not UNSET:
            field_dict["memoryLimit"] = memory_limit
        if cpu_reservation is not UNSET:
            field_dict["cpuReservation"] = cpu_reservation
        if cpu_limit is not UNSET:
            field_dict["cpuLimit"] = cpu_limit
        if external_port is not UNSET:
            field_dict["externalPort"] = external_port
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
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
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if network_ids is not UNSET:
            field_dict["networkIds"] = network_ids
        if detach_dokploy_network is not UNSET:
            field_dict["detachDokployNetwork"] = detach_dokploy_network

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.redis_update_body_endpoint_spec_swarm import RedisUpdateBodyEndpointSpecSwarm  # noqa: PLC0415
        from ..models.redis_update_body_health_check_swarm import RedisUpdateBodyHealthCheckSwarm  # noqa: PLC0415
        from ..models.redis_update_body_labels_swarm_type_0 import RedisUpdateBodyLabelsSwarmType0  # noqa: PLC0415
        from ..models.redis_update_body_mode_swarm import RedisUpdateBodyModeSwarm  # noqa: PLC0415
        from ..models.redis_update_body_network_swarm_type_0_item import (
            RedisUpdateBodyNetworkSwarmType0Item,  # noqa: PLC0415
        )
        from ..models.redis_update_body_placement_swarm import RedisUpdateBodyPlacementSwarm  # noqa: PLC0415
        from ..models.redis_update_body_restart_policy_swarm import (
            RedisUpdateBodyRestartPolicySwarm,  # noqa: PLC0415
        )
        from ..models.redis_update_body_rollback_config_swarm import (
            RedisUpdateBodyRollbackConfigSwarm,  # noqa: PLC0415
        )
        from ..models.redis_update_body_ulimits_swarm_type_0_item import (
            RedisUpdateBodyUlimitsSwarmType0Item,  # noqa: PLC0415
        )
        from ..models.redis_update_body_update_config_swarm import RedisUpdateBodyUpdateConfigSwarm  # noqa: PLC0415

        d = dict(src_dict)
        redis_id = d.pop("redisId")

        name = d.pop("name", UNSET)

        app_name = d.pop("appName", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        database_password = d.pop("databasePassword", UNSET)

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

        def _parse_external_port(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        external_port = _parse_external_port(d.pop("externalPort", UNSET))

        created_at = d.pop("createdAt", UNSET)

        _application_status = d.pop("applicationStatus", UNSET)
        application_status: RedisUpdateBodyApplicationStatus | Unset
        if isinstance(_application_status, Unset):
            application_status = UNSET
        else:
            application_status = check_redis_update_body_application_status(_application_status)

        def _parse_health_check_swarm(
            data: object,
        ) -> None | RedisUpdateBodyHealthCheckSwarm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                health_check_swarm_health_check_swarm = RedisUpdateBodyHealthCheckSwarm.from_dict(
                    data
                )

                return health_check_swarm_health_check_swarm
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedisUpdateBodyHealthCheckSwarm | Unset, data)

        health_check_swarm = _parse_health_check_swarm(d.pop("healthCheckSwarm", UNSET))

        def _parse_restart_policy_swarm(
            data: object,
        ) -> None | RedisUpdateBodyRestartPolicySwarm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                restart_policy_swarm_restart_policy_swarm = (
                    RedisUpdateBodyRestartPolicySwarm.from_dict(data)
                )

                return restart_policy_swarm_restart_policy_swarm
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedisUpdateBodyRestartPolicySwarm | Unset, data)

        restart_policy_swarm = _parse_restart_policy_swarm(d.pop("restartPolicySwarm", UNSET))

        def _parse_placement_swarm(data: object) -> None | RedisUpdateBodyPlacementSwarm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                placement_swarm_placement_swarm = RedisUpdateBodyPlacementSwarm.from_dict(data)

                return placement_swarm_placement_swarm
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedisUpdateBodyPlacementSwarm | Unset, data)

        placement_swarm = _parse_placement_swarm(d.pop("placementSwarm", UNSET))

        def _parse_update_config_swarm(
            data: object,
        ) -> None | RedisUpdateBodyUpdateConfigSwarm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                update_config_swarm_update_config_swarm = (
                    RedisUpdateBodyUpdateConfigSwarm.from_dict(data)
                )

                return update_config_swarm_update_config_swarm
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedisUpdateBodyUpdateConfigSwarm | Unset, data)

        update_config_swarm = _parse_update_config_swarm(d.pop("updateConfigSwarm", UNSET))

        def _parse_rollback_config_swarm(
            data: object,
        ) -> None | RedisUpdateBodyRollbackConfigSwarm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rollback_config_swarm_rollback_config_swarm = (
                    RedisUpdateBodyRollbackConfigSwarm.from_dict(data)
                )

                return rollback_config_swarm_rollback_config_swarm
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedisUpdateBodyRollbackConfigSwarm | Unset, data)

        rollback_config_swarm = _parse_rollback_config_swarm(d.pop("rollbackConfigSwarm", UNSET))

        def _parse_mode_swarm(data: object) -> None | RedisUpdateBodyModeSwarm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mode_swarm_mode_swarm = RedisUpdateBodyModeSwarm.from_dict(data)

                return mode_swarm_mode_swarm
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedisUpdateBodyModeSwarm | Unset, data)

        mode_swarm = _parse_mode_swarm(d.pop("modeSwarm", UNSET))

        def _parse_labels_swarm(data: object) -> None | RedisUpdateBodyLabelsSwarmType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_swarm_type_0 = RedisUpdateBodyLabelsSwarmType0.from_dict(data)

                return labels_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedisUpdateBodyLabelsSwarmType0 | Unset, data)

        labels_swarm = _parse_labels_swarm(d.pop("labelsSwarm", UNSET))

        def _parse_network_swarm(
            data: object,
        ) -> list[RedisUpdateBodyNetworkSwarmType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                network_swarm_type_0 = []
                _network_swarm_type_0 = data
                for network_swarm_type_0_item_data in _network_swarm_type_0:
                    network_swarm_type_0_item = RedisUpdateBodyNetworkSwarmType0Item.from_dict(
                        network_swarm_type_0_item_data
                    )

                    network_swarm_type_0.append(network_swarm_type_0_item)

                return network_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RedisUpdateBodyNetworkSwarmType0Item] | None | Unset, data)

        network_swarm = _parse_network_swarm(d.pop("networkSwarm", UNSET))

        def _parse_stop_grace_period_swarm(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stop_grace_period_swarm = _parse_stop_grace_period_swarm(
            d.pop("stopGracePeriodSwarm", UNSET)
        )

        def _parse_endpoint_spec_swarm(
            data: object,
        ) -> None | RedisUpdateBodyEndpointSpecSwarm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_spec_swarm_endpoint_spec_swarm = (
                    RedisUpdateBodyEndpointSpecSwarm.from_dict(data)
                )

                return endpoint_spec_swarm_endpoint_spec_swarm
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedisUpdateBodyEndpointSpecSwarm | Unset, data)

        endpoint_spec_swarm = _parse_endpoint_spec_swarm(d.pop("endpointSpecSwarm", UNSET))

        def _parse_ulimits_swarm(
            data: object,
        ) -> list[RedisUpdateBodyUlimitsSwarmType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ulimits_swarm_type_0 = []
                _ulimits_swarm_type_0 = data
                for ulimits_swarm_type_0_item_data in _ulimits_swarm_type_0:
                    ulimits_swarm_type_0_item = RedisUpdateBodyUlimitsSwarmType0Item.from_dict(
                        ulimits_swarm_type_0_item_data
                    )

                    ulimits_swarm_type_0.append(ulimits_swarm_type_0_item)

                return ulimits_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RedisUpdateBodyUlimitsSwarmType0Item] | None | Unset, data)

        ulimits_swarm = _parse_ulimits_swarm(d.pop("ulimitsSwarm", UNSET))

        replicas = d.pop("replicas", UNSET)

        environment_id = d.pop("environmentId", UNSET)

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

        redis_update_body = cls(
            redis_id=redis_id,
            name=name,
            app_name=app_name,
            description=description,
            database_password=database_password,
            docker_image=docker_image,
            command=command,
            args=args,
            env=env,
            memory_reservation=memory_reservation,
            memory_limit=memory_limit,
            cpu_reservation=cpu_reservation,
            cpu_limit=cpu_limit,
            external_port=external_port,
            created_at=created_at,
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
            environment_id=environment_id,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
        )

        redis_update_body.additional_properties = d
        return redis_update_body

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
