from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_status import DeploymentStatus, check_deployment_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_summary import ApplicationSummary
    from ..models.compose_summary import ComposeSummary
    from ..models.rollback import Rollback
    from ..models.server_summary import ServerSummary


T = TypeVar("T", bound="Deployment")


@_attrs_define
class Deployment:
    """A record of Dokploy's `deployments` table.

    Attributes:
        application_id (None | str):
        backup_id (None | str):
        build_server_id (None | str):
        compose_id (None | str):
        created_at (str):
        deployment_id (str):
        description (None | str):
        error_message (None | str):
        finished_at (None | str):
        is_preview_deployment (bool | None):
        log_path (str):
        pid (None | str):
        preview_deployment_id (None | str):
        rollback_id (None | str):
        schedule_id (None | str):
        server_id (None | str):
        started_at (None | str):
        status (DeploymentStatus | None):
        title (str):
        volume_backup_id (None | str):
        application (ApplicationSummary | None | Unset):
        build_server (None | ServerSummary | Unset):
        compose (ComposeSummary | None | Unset):
        rollback (None | Rollback | Unset):
        server (None | ServerSummary | Unset):
    """

    application_id: None | str
    backup_id: None | str
    build_server_id: None | str
    compose_id: None | str
    created_at: str
    deployment_id: str
    description: None | str
    error_message: None | str
    finished_at: None | str
    is_preview_deployment: bool | None
    log_path: str
    pid: None | str
    preview_deployment_id: None | str
    rollback_id: None | str
    schedule_id: None | str
    server_id: None | str
    started_at: None | str
    status: DeploymentStatus | None
    title: str
    volume_backup_id: None | str
    application: ApplicationSummary | None | Unset = UNSET
    build_server: None | ServerSummary | Unset = UNSET
    compose: ComposeSummary | None | Unset = UNSET
    rollback: None | Rollback | Unset = UNSET
    server: None | ServerSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_summary import ApplicationSummary  # noqa: PLC0415
        from ..models.compose_summary import ComposeSummary  # noqa: PLC0415
        from ..models.rollback import Rollback  # noqa: PLC0415
        from ..models.server_summary import ServerSummary  # noqa: PLC0415

        application_id: None | str
        application_id = self.application_id

        backup_id: None | str
        backup_id = self.backup_id

        build_server_id: None | str
        build_server_id = self.build_server_id

        compose_id: None | str
        compose_id = self.compose_id

        created_at = self.created_at

        deployment_id = self.deployment_id

        description: None | str
        description = self.description

        error_message: None | str
        error_message = self.error_message

        finished_at: None | str
        finished_at = self.finished_at

        is_preview_deployment: bool | None
        is_preview_deployment = self.is_preview_deployment

        log_path = self.log_path

        pid: None | str
        pid = self.pid

        preview_deployment_id: None | str
        preview_deployment_id = self.preview_deployment_id

        rollback_id: None | str
        rollback_id = self.rollback_id

        schedule_id: None | str
        schedule_id = self.schedule_id

        server_id: None | str
        server_id = self.server_id

        started_at: None | str
        started_at = self.started_at

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        title = self.title

        volume_backup_id: None | str
        volume_backup_id = self.volume_backup_id

        application: dict[str, Any] | None | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, ApplicationSummary):
            application = self.application.to_dict()
        else:
            application = self.application

        build_server: dict[str, Any] | None | Unset
        if isinstance(self.build_server, Unset):
            build_server = UNSET
        elif isinstance(self.build_server, ServerSummary):
            build_server = self.build_server.to_dict()
        else:
            build_server = self.build_server

        compose: dict[str, Any] | None | Unset
        if isinstance(self.compose, Unset):
            compose = UNSET
        elif isinstance(self.compose, ComposeSummary):
            compose = self.compose.to_dict()
        else:
            compose = self.compose

        rollback: dict[str, Any] | None | Unset
        if isinstance(self.rollback, Unset):
            rollback = UNSET
        elif isinstance(self.rollback, Rollback):
            rollback = self.rollback.to_dict()
        else:
            rollback = self.rollback

        server: dict[str, Any] | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        elif isinstance(self.server, ServerSummary):
            server = self.server.to_dict()
        else:
            server = self.server

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "backupId": backup_id,
                "buildServerId": build_server_id,
                "composeId": compose_id,
                "createdAt": created_at,
                "deploymentId": deployment_id,
                "description": description,
                "errorMessage": error_message,
                "finishedAt": finished_at,
                "isPreviewDeployment": is_preview_deployment,
                "logPath": log_path,
                "pid": pid,
                "previewDeploymentId": preview_deployment_id,
                "rollbackId": rollback_id,
                "scheduleId": schedule_id,
                "serverId": server_id,
                "startedAt": started_at,
                "status": status,
                "title": title,
                "volumeBackupId": volume_backup_id,
            }
        )
        if application is not UNSET:
            field_dict["application"] = application
        if build_server is not UNSET:
            field_dict["buildServer"] = build_server
        if compose is not UNSET:
            field_dict["compose"] = compose
        if rollback is not UNSET:
            field_dict["rollback"] = rollback
        if server is not UNSET:
            field_dict["server"] = server

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_summary import ApplicationSummary  # noqa: PLC0415
        from ..models.compose_summary import ComposeSummary  # noqa: PLC0415
        from ..models.rollback import Rollback  # noqa: PLC0415
        from ..models.server_summary import ServerSummary  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_application_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_id = _parse_application_id(d.pop("applicationId"))

        def _parse_backup_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        backup_id = _parse_backup_id(d.pop("backupId"))

        def _parse_build_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_server_id = _parse_build_server_id(d.pop("buildServerId"))

        def _parse_compose_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        compose_id = _parse_compose_id(d.pop("composeId"))

        created_at = d.pop("createdAt")

        deployment_id = d.pop("deploymentId")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("errorMessage"))

        def _parse_finished_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        finished_at = _parse_finished_at(d.pop("finishedAt"))

        def _parse_is_preview_deployment(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_preview_deployment = _parse_is_preview_deployment(d.pop("isPreviewDeployment"))

        log_path = d.pop("logPath")

        def _parse_pid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pid = _parse_pid(d.pop("pid"))

        def _parse_preview_deployment_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preview_deployment_id = _parse_preview_deployment_id(d.pop("previewDeploymentId"))

        def _parse_rollback_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rollback_id = _parse_rollback_id(d.pop("rollbackId"))

        def _parse_schedule_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        schedule_id = _parse_schedule_id(d.pop("scheduleId"))

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        def _parse_started_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        started_at = _parse_started_at(d.pop("startedAt"))

        def _parse_status(data: object) -> DeploymentStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_status = check_deployment_status(data)

                return status_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentStatus | None, data)

        status = _parse_status(d.pop("status"))

        title = d.pop("title")

        def _parse_volume_backup_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        volume_backup_id = _parse_volume_backup_id(d.pop("volumeBackupId"))

        def _parse_application(data: object) -> ApplicationSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                application_type_0 = ApplicationSummary.from_dict(data)

                return application_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationSummary | None | Unset, data)

        application = _parse_application(d.pop("application", UNSET))

        def _parse_build_server(data: object) -> None | ServerSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                build_server_type_0 = ServerSummary.from_dict(data)

                return build_server_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerSummary | Unset, data)

        build_server = _parse_build_server(d.pop("buildServer", UNSET))

        def _parse_compose(data: object) -> ComposeSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compose_type_0 = ComposeSummary.from_dict(data)

                return compose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComposeSummary | None | Unset, data)

        compose = _parse_compose(d.pop("compose", UNSET))

        def _parse_rollback(data: object) -> None | Rollback | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rollback_type_0 = Rollback.from_dict(data)

                return rollback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Rollback | Unset, data)

        rollback = _parse_rollback(d.pop("rollback", UNSET))

        def _parse_server(data: object) -> None | ServerSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_0 = ServerSummary.from_dict(data)

                return server_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerSummary | Unset, data)

        server = _parse_server(d.pop("server", UNSET))

        deployment = cls(
            application_id=application_id,
            backup_id=backup_id,
            build_server_id=build_server_id,
            compose_id=compose_id,
            created_at=created_at,
            deployment_id=deployment_id,
            description=description,
            error_message=error_message,
            finished_at=finished_at,
            is_preview_deployment=is_preview_deployment,
            log_path=log_path,
            pid=pid,
            preview_deployment_id=preview_deployment_id,
            rollback_id=rollback_id,
            schedule_id=schedule_id,
            server_id=server_id,
            started_at=started_at,
            status=status,
            title=title,
            volume_backup_id=volume_backup_id,
            application=application,
            build_server=build_server,
            compose=compose,
            rollback=rollback,
            server=server,
        )

        deployment.additional_properties = d
        return deployment

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
