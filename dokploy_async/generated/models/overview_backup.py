from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.overview_backup_backup_type import (
    OverviewBackupBackupType,
    check_overview_backup_backup_type,
)
from ..models.overview_backup_kind import OverviewBackupKind, check_overview_backup_kind
from ..models.overview_backup_service_owner_type import (
    OverviewBackupServiceOwnerType,
    check_overview_backup_service_owner_type,
)

T = TypeVar("T", bound="OverviewBackup")


@_attrs_define
class OverviewBackup:
    """
    Attributes:
        backup_type (None | OverviewBackupBackupType):
        created_at (str):
        database_type (None | str):
        deployment_id (str):
        destination_id (str):
        destination_name (str):
        environment_id (None | str):
        kind (OverviewBackupKind):
        project_id (None | str):
        server_id (None | str):
        service_name (str):
        service_owner_id (None | str):
        service_owner_type (OverviewBackupServiceOwnerType):
        service_type (None | str):
        status (None | str):
    """

    backup_type: None | OverviewBackupBackupType
    created_at: str
    database_type: None | str
    deployment_id: str
    destination_id: str
    destination_name: str
    environment_id: None | str
    kind: OverviewBackupKind
    project_id: None | str
    server_id: None | str
    service_name: str
    service_owner_id: None | str
    service_owner_type: OverviewBackupServiceOwnerType
    service_type: None | str
    status: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_type: None | str
        if isinstance(self.backup_type, str):
            backup_type = self.backup_type
        else:
            backup_type = self.backup_type

        created_at = self.created_at

        database_type: None | str
        database_type = self.database_type

        deployment_id = self.deployment_id

        destination_id = self.destination_id

        destination_name = self.destination_name

        environment_id: None | str
        environment_id = self.environment_id

        kind: str = self.kind

        project_id: None | str
        project_id = self.project_id

        server_id: None | str
        server_id = self.server_id

        service_name = self.service_name

        service_owner_id: None | str
        service_owner_id = self.service_owner_id

        service_owner_type: str = self.service_owner_type

        service_type: None | str
        service_type = self.service_type

        status: None | str
        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backupType": backup_type,
                "createdAt": created_at,
                "databaseType": database_type,
                "deploymentId": deployment_id,
                "destinationId": destination_id,
                "destinationName": destination_name,
                "environmentId": environment_id,
                "kind": kind,
                "projectId": project_id,
                "serverId": server_id,
                "serviceName": service_name,
                "serviceOwnerId": service_owner_id,
                "serviceOwnerType": service_owner_type,
                "serviceType": service_type,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_backup_type(data: object) -> None | OverviewBackupBackupType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                backup_type_backup_type = check_overview_backup_backup_type(data)

                return backup_type_backup_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OverviewBackupBackupType, data)

        backup_type = _parse_backup_type(d.pop("backupType"))

        created_at = d.pop("createdAt")

        def _parse_database_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        database_type = _parse_database_type(d.pop("databaseType"))

        deployment_id = d.pop("deploymentId")

        destination_id = d.pop("destinationId")

        destination_name = d.pop("destinationName")

        def _parse_environment_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        environment_id = _parse_environment_id(d.pop("environmentId"))

        kind = check_overview_backup_kind(d.pop("kind"))

        def _parse_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_id = _parse_project_id(d.pop("projectId"))

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        service_name = d.pop("serviceName")

        def _parse_service_owner_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_owner_id = _parse_service_owner_id(d.pop("serviceOwnerId"))

        service_owner_type = check_overview_backup_service_owner_type(d.pop("serviceOwnerType"))

        def _parse_service_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_type = _parse_service_type(d.pop("serviceType"))

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        overview_backup = cls(
            backup_type=backup_type,
            created_at=created_at,
            database_type=database_type,
            deployment_id=deployment_id,
            destination_id=destination_id,
            destination_name=destination_name,
            environment_id=environment_id,
            kind=kind,
            project_id=project_id,
            server_id=server_id,
            service_name=service_name,
            service_owner_id=service_owner_id,
            service_owner_type=service_owner_type,
            service_type=service_type,
            status=status,
        )

        overview_backup.additional_properties = d
        return overview_backup

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
