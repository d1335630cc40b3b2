from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backup_update_body_database_type import (
    BackupUpdateBodyDatabaseType,
    check_backup_update_body_database_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupUpdateBody")


@_attrs_define
class BackupUpdateBody:
    """
    Attributes:
        schedule (str):
        enabled (bool | None):
        prefix (str):
        backup_id (str):
        destination_id (str):
        database (str):
        keep_latest_count (float | None):
        service_name (None | str):
        metadata (Any | None):
        database_type (BackupUpdateBodyDatabaseType):
        include_encryption_key (bool | Unset):
    """

    schedule: str
    enabled: bool | None
    prefix: str
    backup_id: str
    destination_id: str
    database: str
    keep_latest_count: float | None
    service_name: None | str
    metadata: Any | None
    database_type: BackupUpdateBodyDatabaseType
    include_encryption_key: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule

        enabled: bool | None
        enabled = self.enabled

        prefix = self.prefix

        backup_id = self.backup_id

        destination_id = self.destination_id

        database = self.database

        keep_latest_count: float | None
        keep_latest_count = self.keep_latest_count

        service_name: None | str
        service_name = self.service_name

        metadata: Any | None
        metadata = self.metadata

        database_type: str = self.database_type

        include_encryption_key = self.include_encryption_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule": schedule,
                "enabled": enabled,
                "prefix": prefix,
                "backupId": backup_id,
                "destinationId": destination_id,
                "database": database,
                "keepLatestCount": keep_latest_count,
                "serviceName": service_name,
                "metadata": metadata,
                "databaseType": database_type,
            }
        )
        if include_encryption_key is not UNSET:
            field_dict["includeEncryptionKey"] = include_encryption_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule = d.pop("schedule")

        def _parse_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        enabled = _parse_enabled(d.pop("enabled"))

        prefix = d.pop("prefix")

        backup_id = d.pop("backupId")

        destination_id = d.pop("destinationId")

        database = d.pop("database")

        def _parse_keep_latest_count(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        keep_latest_count = _parse_keep_latest_count(d.pop("keepLatestCount"))

        def _parse_service_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_name = _parse_service_name(d.pop("serviceName"))

        def _parse_metadata(data: object) -> Any | None:
            if data is None:
                return data
            return cast(Any | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        database_type = check_backup_update_body_database_type(d.pop("databaseType"))

        include_encryption_key = d.pop("includeEncryptionKey", UNSET)

        backup_update_body = cls(
            schedule=schedule,
            enabled=enabled,
            prefix=prefix,
            backup_id=backup_id,
            destination_id=destination_id,
            database=database,
            keep_latest_count=keep_latest_count,
            service_name=service_name,
            metadata=metadata,
            database_type=database_type,
            include_encryption_key=include_encryption_key,
        )

        backup_update_body.additional_properties = d
        return backup_update_body

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
