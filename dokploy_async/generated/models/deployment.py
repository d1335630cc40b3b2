from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Deployment")


@_attrs_define
class Deployment:
    """One deployment record. The server keeps about ten per service and deletes older ones.

    Attributes:
        deployment_id (str | Unset):
        title (str | Unset):
        description (str | Unset):
        status (str | Unset): running, done, error or cancelled (others may appear)
        log_path (str | Unset):
        pid (None | str | Unset):
        application_id (None | str | Unset):
        compose_id (None | str | Unset):
        server_id (None | str | Unset):
        is_preview_deployment (bool | Unset):
        preview_deployment_id (None | str | Unset):
        created_at (str | Unset):
        started_at (str | Unset):
        finished_at (None | str | Unset):
        error_message (None | str | Unset):
        schedule_id (None | str | Unset):
        backup_id (None | str | Unset):
        rollback_id (None | str | Unset):
        volume_backup_id (None | str | Unset):
        build_server_id (None | str | Unset):
        rollback (Any | Unset): The rollback record this deployment belongs to, or null (open JSON).
    """

    deployment_id: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    log_path: str | Unset = UNSET
    pid: None | str | Unset = UNSET
    application_id: None | str | Unset = UNSET
    compose_id: None | str | Unset = UNSET
    server_id: None | str | Unset = UNSET
    is_preview_deployment: bool | Unset = UNSET
    preview_deployment_id: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    started_at: str | Unset = UNSET
    finished_at: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    schedule_id: None | str | Unset = UNSET
    backup_id: None | str | Unset = UNSET
    rollback_id: None | str | Unset = UNSET
    volume_backup_id: None | str | Unset = UNSET
    build_server_id: None | str | Unset = UNSET
    rollback: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_id = self.deployment_id

        title = self.title

        description = self.description

        status = self.status

        log_path = self.log_path

        pid: None | str | Unset
        if isinstance(self.pid, Unset):
            pid = UNSET
        else:
            pid = self.pid

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        compose_id: None | str | Unset
        if isinstance(self.compose_id, Unset):
            compose_id = UNSET
        else:
            compose_id = self.compose_id

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        is_preview_deployment = self.is_preview_deployment

        preview_deployment_id: None | str | Unset
        if isinstance(self.preview_deployment_id, Unset):
            preview_deployment_id = UNSET
        else:
            preview_deployment_id = self.preview_deployment_id

        created_at = self.created_at

        started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        backup_id: None | str | Unset
        if isinstance(self.backup_id, Unset):
            backup_id = UNSET
        else:
            backup_id = self.backup_id

        rollback_id: None | str | Unset
        if isinstance(self.rollback_id, Unset):
            rollback_id = UNSET
        else:
            rollback_id = self.rollback_id

        volume_backup_id: None | str | Unset
        if isinstance(self.volume_backup_id, Unset):
            volume_backup_id = UNSET
        else:
            volume_backup_id = self.volume_backup_id

        build_server_id: None | str | Unset
        if isinstance(self.build_server_id, Unset):
            build_server_id = UNSET
        else:
            build_server_id = self.build_server_id

        rollback = self.rollback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deployment_id is not UNSET:
            field_dict["deploymentId"] = deployment_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if log_path is not UNSET:
            field_dict["logPath"] = log_path
        if pid is not UNSET:
            field_dict["pid"] = pid
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if is_preview_deployment is not UNSET:
            field_dict["isPreviewDeployment"] = is_preview_deployment
        if preview_deployment_id is not UNSET:
            field_dict["previewDeploymentId"] = preview_deployment_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if schedule_id is not UNSET:
            field_dict["scheduleId"] = schedule_id
        if backup_id is not UNSET:
            field_dict["backupId"] = backup_id
        if rollback_id is not UNSET:
            field_dict["rollbackId"] = rollback_id
        if volume_backup_id is not UNSET:
            field_dict["volumeBackupId"] = volume_backup_id
        if build_server_id is not UNSET:
            field_dict["buildServerId"] = build_server_id
        if rollback is not UNSET:
            field_dict["rollback"] = rollback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deployment_id = d.pop("deploymentId", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        log_path = d.pop("logPath", UNSET)

        def _parse_pid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pid = _parse_pid(d.pop("pid", UNSET))

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("applicationId", UNSET))

        def _parse_compose_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compose_id = _parse_compose_id(d.pop("composeId", UNSET))

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        is_preview_deployment = d.pop("isPreviewDeployment", UNSET)

        def _parse_preview_deployment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_deployment_id = _parse_preview_deployment_id(d.pop("previewDeploymentId", UNSET))

        created_at = d.pop("createdAt", UNSET)

        started_at = d.pop("startedAt", UNSET)

        def _parse_finished_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finished_at = _parse_finished_at(d.pop("finishedAt", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        def _parse_schedule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule_id = _parse_schedule_id(d.pop("scheduleId", UNSET))

        def _parse_backup_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        backup_id = _parse_backup_id(d.pop("backupId", UNSET))

        def _parse_rollback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rollback_id = _parse_rollback_id(d.pop("rollbackId", UNSET))

        def _parse_volume_backup_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_backup_id = _parse_volume_backup_id(d.pop("volumeBackupId", UNSET))

        def _parse_build_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_server_id = _parse_build_server_id(d.pop("buildServerId", UNSET))

        rollback = d.pop("rollback", UNSET)

        deployment = cls(
            deployment_id=deployment_id,
            title=title,
            description=description,
            status=status,
            log_path=log_path,
            pid=pid,
            application_id=application_id,
            compose_id=compose_id,
            server_id=server_id,
            is_preview_deployment=is_preview_deployment,
            preview_deployment_id=preview_deployment_id,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            error_message=error_message,
            schedule_id=schedule_id,
            backup_id=backup_id,
            rollback_id=rollback_id,
            volume_backup_id=volume_backup_id,
            build_server_id=build_server_id,
            rollback=rollback,
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
