from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backup_create_body_backup_type import (
    BackupCreateBodyBackupType,
    check_backup_create_body_backup_type,
)
from ..models.backup_create_body_database_type import (
    BackupCreateBodyDatabaseType,
    check_backup_create_body_database_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupCreateBody")


@_attrs_define
class BackupCreateBody:
    """
    Attributes:
        schedule (str):
        prefix (str):
        destination_id (str):
        database (str):
        database_type (BackupCreateBodyDatabaseType):
        enabled (bool | None | Unset):
        keep_latest_count (float | None | Unset):
        mariadb_id (None | str | Unset):
        mysql_id (None | str | Unset):
        postgres_id (None | str | Unset):
        mongo_id (None | str | Unset):
        libsql_id (None | str | Unset):
        user_id (None | str | Unset):
        backup_type (BackupCreateBodyBackupType | Unset):
        compose_id (None | str | Unset):
        service_name (None | str | Unset):
        include_encryption_key (bool | Unset):
        metadata (Any | None | Unset):
    """

    schedule: str
    prefix: str
    destination_id: str
    database: str
    database_type: BackupCreateBodyDatabaseType
    enabled: bool | None | Unset = UNSET
    keep_latest_count: float | None | Unset = UNSET
    mariadb_id: None | str | Unset = UNSET
    mysql_id: None | str | Unset = UNSET
    postgres_id: None | str | Unset = UNSET
    mongo_id: None | str | Unset = UNSET
    libsql_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    backup_type: BackupCreateBodyBackupType | Unset = UNSET
    compose_id: None | str | Unset = UNSET
    service_name: None | str | Unset = UNSET
    include_encryption_key: bool | Unset = UNSET
    metadata: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule

        prefix = self.prefix

        destination_id = self.destination_id

        database = self.database

        database_type: str = self.database_type

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        keep_latest_count: float | None | Unset
        if isinstance(self.keep_latest_count, Unset):
            keep_latest_count = UNSET
        else:
            keep_latest_count = self.keep_latest_count

        mariadb_id: None | str | Unset
        if isinstance(self.mariadb_id, Unset):
            mariadb_id = UNSET
        else:
            mariadb_id = self.mariadb_id

        mysql_id: None | str | Unset
        if isinstance(self.mysql_id, Unset):
            mysql_id = UNSET
        else:
            mysql_id = self.mysql_id

        postgres_id: None | str | Unset
        if isinstance(self.postgres_id, Unset):
            postgres_id = UNSET
        else:
            postgres_id = self.postgres_id

        mongo_id: None | str | Unset
        if isinstance(self.mongo_id, Unset):
            mongo_id = UNSET
        else:
            mongo_id = self.mongo_id

        libsql_id: None | str | Unset
        if isinstance(self.libsql_id, Unset):
            libsql_id = UNSET
        else:
            libsql_id = self.libsql_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        backup_type: str | Unset = UNSET
        if not isinstance(self.backup_type, Unset):
            backup_type = self.backup_type

        compose_id: None | str | Unset
        if isinstance(self.compose_id, Unset):
            compose_id = UNSET
        else:
            compose_id = self.compose_id

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        include_encryption_key = self.include_encryption_key

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule": schedule,
                "prefix": prefix,
                "destinationId": destination_id,
                "database": database,
                "databaseType": database_type,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if keep_latest_count is not UNSET:
            field_dict["keepLatestCount"] = keep_latest_count
        if mariadb_id is not UNSET:
            field_dict["mariadbId"] = mariadb_id
        if mysql_id is not UNSET:
            field_dict["mysqlId"] = mysql_id
        if postgres_id is not UNSET:
            field_dict["postgresId"] = postgres_id
        if mongo_id is not UNSET:
            field_dict["mongoId"] = mongo_id
        if libsql_id is not UNSET:
            field_dict["libsqlId"] = libsql_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if backup_type is not UNSET:
            field_dict["backupType"] = backup_type
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if include_encryption_key is not UNSET:
            field_dict["includeEncryptionKey"] = include_encryption_key
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule = d.pop("schedule")

        prefix = d.pop("prefix")

        destination_id = d.pop("destinationId")

        database = d.pop("database")

        database_type = check_backup_create_body_database_type(d.pop("databaseType"))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_keep_latest_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        keep_latest_count = _parse_keep_latest_count(d.pop("keepLatestCount", UNSET))

        def _parse_mariadb_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mariadb_id = _parse_mariadb_id(d.pop("mariadbId", UNSET))

        def _parse_mysql_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mysql_id = _parse_mysql_id(d.pop("mysqlId", UNSET))

        def _parse_postgres_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postgres_id = _parse_postgres_id(d.pop("postgresId", UNSET))

        def _parse_mongo_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mongo_id = _parse_mongo_id(d.pop("mongoId", UNSET))

        def _parse_libsql_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        libsql_id = _parse_libsql_id(d.pop("libsqlId", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        _backup_type = d.pop("backupType", UNSET)
        backup_type: BackupCreateBodyBackupType | Unset
        if isinstance(_backup_type, Unset):
            backup_type = UNSET
        else:
            backup_type = check_backup_create_body_backup_type(_backup_type)

        def _parse_compose_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compose_id = _parse_compose_id(d.pop("composeId", UNSET))

        def _parse_service_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_name = _parse_service_name(d.pop("serviceName", UNSET))

        include_encryption_key = d.pop("includeEncryptionKey", UNSET)

        def _parse_metadata(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        backup_create_body = cls(
            schedule=schedule,
            prefix=prefix,
            destination_id=destination_id,
            database=database,
            database_type=database_type,
            enabled=enabled,
            keep_latest_count=keep_latest_count,
            mariadb_id=mariadb_id,
            mysql_id=mysql_id,
            postgres_id=postgres_id,
            mongo_id=mongo_id,
            libsql_id=libsql_id,
            user_id=user_id,
            backup_type=backup_type,
            compose_id=compose_id,
            service_name=service_name,
            include_encryption_key=include_encryption_key,
            metadata=metadata,
        )

        backup_create_body.additional_properties = d
        return backup_create_body

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
