from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_health_result_containers import ServerHealthResultContainers
    from ..models.server_health_result_daemon_logs_window_type_0 import (
        ServerHealthResultDaemonLogsWindowType0,
    )
    from ..models.server_health_result_disk import ServerHealthResultDisk
    from ..models.server_health_result_docker_networks import ServerHealthResultDockerNetworks
    from ..models.server_health_result_inotify import ServerHealthResultInotify
    from ..models.server_health_result_reservation_type_0 import ServerHealthResultReservationType0
    from ..models.server_health_result_resources import ServerHealthResultResources


T = TypeVar("T", bound="ServerHealthResult")


@_attrs_define
class ServerHealthResult:
    """
    Attributes:
        checked_at (str):
        containers (ServerHealthResultContainers):
        daemon_errors (list[str]):
        daemon_logs_window (None | ServerHealthResultDaemonLogsWindowType0):
        disk (ServerHealthResultDisk):
        docker_networks (ServerHealthResultDockerNetworks):
        inotify (ServerHealthResultInotify):
        reservation (None | ServerHealthResultReservationType0):
        resources (ServerHealthResultResources):
        error (str | Unset):
    """

    checked_at: str
    containers: ServerHealthResultContainers
    daemon_errors: list[str]
    daemon_logs_window: None | ServerHealthResultDaemonLogsWindowType0
    disk: ServerHealthResultDisk
    docker_networks: ServerHealthResultDockerNetworks
    inotify: ServerHealthResultInotify
    reservation: None | ServerHealthResultReservationType0
    resources: ServerHealthResultResources
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.server_health_result_daemon_logs_window_type_0 import (
            ServerHealthResultDaemonLogsWindowType0,  # noqa: PLC0415
        )
        from ..models.server_health_result_reservation_type_0 import (
            ServerHealthResultReservationType0,  # noqa: PLC0415
        )

        checked_at = self.checked_at

        containers = self.containers.to_dict()

        daemon_errors = self.daemon_errors

        daemon_logs_window: dict[str, Any] | None
        if isinstance(self.daemon_logs_window, ServerHealthResultDaemonLogsWindowType0):
            daemon_logs_window = self.daemon_logs_window.to_dict()
        else:
            daemon_logs_window = self.daemon_logs_window

        disk = self.disk.to_dict()

        docker_networks = self.docker_networks.to_dict()

        inotify = self.inotify.to_dict()

        reservation: dict[str, Any] | None
        if isinstance(self.reservation, ServerHealthResultReservationType0):
            reservation = self.reservation.to_dict()
        else:
            reservation = self.reservation

        resources = self.resources.to_dict()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkedAt": checked_at,
                "containers": containers,
                "daemonErrors": daemon_errors,
                "daemonLogsWindow": daemon_logs_window,
                "disk": disk,
                "dockerNetworks": docker_networks,
                "inotify": inotify,
                "reservation": reservation,
                "resources": resources,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_health_result_containers import ServerHealthResultContainers  # noqa: PLC0415
        from ..models.server_health_result_daemon_logs_window_type_0 import (
            ServerHealthResultDaemonLogsWindowType0,  # noqa: PLC0415
        )
        from ..models.server_health_result_disk import ServerHealthResultDisk  # noqa: PLC0415
        from ..models.server_health_result_docker_networks import ServerHealthResultDockerNetworks  # noqa: PLC0415
        from ..models.server_health_result_inotify import ServerHealthResultInotify  # noqa: PLC0415
        from ..models.server_health_result_reservation_type_0 import (
            ServerHealthResultReservationType0,  # noqa: PLC0415
        )
        from ..models.server_health_result_resources import ServerHealthResultResources  # noqa: PLC0415

        d = dict(src_dict)
        checked_at = d.pop("checkedAt")

        containers = ServerHealthResultContainers.from_dict(d.pop("containers"))

        daemon_errors = cast(list[str], d.pop("daemonErrors"))

        def _parse_daemon_logs_window(
            data: object,
        ) -> None | ServerHealthResultDaemonLogsWindowType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daemon_logs_window_type_0 = ServerHealthResultDaemonLogsWindowType0.from_dict(data)

                return daemon_logs_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerHealthResultDaemonLogsWindowType0, data)

        daemon_logs_window = _parse_daemon_logs_window(d.pop("daemonLogsWindow"))

        disk = ServerHealthResultDisk.from_dict(d.pop("disk"))

        docker_networks = ServerHealthResultDockerNetworks.from_dict(d.pop("dockerNetworks"))

        inotify = ServerHealthResultInotify.from_dict(d.pop("inotify"))

        def _parse_reservation(data: object) -> None | ServerHealthResultReservationType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reservation_type_0 = ServerHealthResultReservationType0.from_dict(data)

                return reservation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerHealthResultReservationType0, data)

        reservation = _parse_reservation(d.pop("reservation"))

        resources = ServerHealthResultResources.from_dict(d.pop("resources"))

        error = d.pop("error", UNSET)

        server_health_result = cls(
            checked_at=checked_at,
            containers=containers,
            daemon_errors=daemon_errors,
            daemon_logs_window=daemon_logs_window,
            disk=disk,
            docker_networks=docker_networks,
            inotify=inotify,
            reservation=reservation,
            resources=resources,
            error=error,
        )

        server_health_result.additional_properties = d
        return server_health_result

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
