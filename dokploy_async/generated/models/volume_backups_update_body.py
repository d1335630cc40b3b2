from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_backups_update_body_service_type import (
    VolumeBackupsUpdateBodyServiceType,
    check_volume_backups_update_body_service_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeBackupsUpdateBody")


@_attrs_define
class VolumeBackupsUpdateBody:
    """
    Attributes:
        name (str):
        volume_name (str):
        prefix (str):
        cron_expression (str):
        destination_id (str):
        volume_backup_id (str):
        service_type (VolumeBackupsUpdateBodyServiceType | Unset):
        app_name (str | Unset):
        service_name (None | str | Unset):
        turn_off (bool | Unset):
        keep_latest_count (float | None | Unset):
        enabled (bool | None | Unset):
        application_id (None | str | Unset):
        postgres_id (None | str | Unset):
        mariadb_id (None | str | Unset):
        mongo_id (None | str | Unset):
        mysql_id (None | str | Unset):
        redis_id (None | str | Unset):
        libsql_id (None | str | Unset):
        compose_id (None | str | Unset):
        created_at (str | Unset):
    """

    name: str
    volume_name: str
    prefix: str
    cron_expression: str
    destination_id: str
    volume_backup_id: str
    service_type: VolumeBackupsUpdateBodyServiceType | Unset = UNSET
    app_name: str | Unset = UNSET
    service_name: None | str | Unset = UNSET
    turn_off: bool | Unset = UNSET
    keep_latest_count: float | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    application_id: None | str | Unset = UNSET
    postgres_id: None | str | Unset = UNSET
    mariadb_id: None | str | Unset = UNSET
    mongo_id: None | str | Unset = UNSET
    mysql_id: None | str | Unset = UNSET
    redis_id: None | str | Unset = UNSET
    libsql_id: None | str | Unset = UNSET
    compose_id: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        volume_name = self.volume_name

        prefix = self.prefix

        cron_expression = self.cron_expression

        destination_id = self.destination_id

        volume_backup_id = self.volume_backup_id

        service_type: str | Unset = UNSET
        if not isinstance(self.service_type, Unset):
            service_type = self.service_type

        app_name = self.app_name

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        turn_off = self.turn_off

        keep_latest_count: float | None | Unset
        if isinstance(self.keep_latest_count, Unset):
            keep_latest_count = UNSET
        else:
            keep_latest_count = self.keep_latest_count

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        postgres_id: None | str | Unset
        if isinstance(self.postgres_id, Unset):
            postgres_id = UNSET
        else:
            postgres_id = self.postgres_id

        mariadb_id: None | str | Unset
        if isinstance(self.mariadb_id, Unset):
            mariadb_id = UNSET
        else:
            mariadb_id = self.mariadb_id

        mongo_id: None | str | Unset
        if isinstance(self.mongo_id, Unset):
            mongo_id = UNSET
        else:
            mongo_id = self.mongo_id

        mysql_id: None | str | Unset
        if isinstance(self.mysql_id, Unset):
            mysql_id = UNSET
        else:
            mysql_id = self.mysql_id

        redis_id: None | str | Unset
        if isinstance(self.redis_id, Unset):
            redis_id = UNSET
        else:
            redis_id = self.redis_id

        libsql_id: None | str | Unset
        if isinstance(self.libsql_id, Unset):
            libsql_id = UNSET
        else:
            libsql_id = self.libsql_id

        compose_id: None | str | Unset
        if isinstance(self.compose_id, Unset):
            compose_id = UNSET
        else:
            compose_id = self.compose_id

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "volumeName": volume_name,
                "prefix": prefix,
                "cronExpression": cron_expression,
                "destinationId": destination_id,
                "volumeBackupId": volume_backup_id,
            }
        )
        if service_type is not UNSET:
            field_dict["serviceType"] = service_type
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if turn_off is not UNSET:
            field_dict["turnOff"] = turn_off
        if keep_latest_count is not UNSET:
            field_dict["keepLatestCount"] = keep_latest_count
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if postgres_id is not UNSET:
            field_dict["postgresId"] = postgres_id
        if mariadb_id is not UNSET:
            field_dict["mariadbId"] = mariadb_id
        if mongo_id is not UNSET:
            field_dict["mongoId"] = mongo_id
        if mysql_id is not UNSET:
            field_dict["mysqlId"] = mysql_id
        if redis_id is not UNSET:
            field_dict["redisId"] = redis_id
        if libsql_id is not UNSET:
            field_dict["libsqlId"] = libsql_id
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        volume_name = d.pop("volumeName")

        prefix = d.pop("prefix")

        cron_expression = d.pop("cronExpression")

        destination_id = d.pop("destinationId")

        volume_backup_id = d.pop("volumeBackupId")

        _service_type = d.pop("serviceType", UNSET)
        service_type: VolumeBackupsUpdateBodyServiceType | Unset
        if isinstance(_service_type, Unset):
            service_type = UNSET
        else:
            service_type = check_volume_backups_update_body_service_type(_service_type)

        app_name = d.pop("appName", UNSET)

        def _parse_service_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_name = _parse_service_name(d.pop("serviceName", UNSET))

        turn_off = d.pop("turnOff", UNSET)

        def _parse_keep_latest_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        keep_latest_count = _parse_keep_latest_count(d.pop("keepLatestCount", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("applicationId", UNSET))

        def _parse_postgres_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postgres_id = _parse_postgres_id(d.pop("postgresId", UNSET))

        def _parse_mariadb_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mariadb_id = _parse_mariadb_id(d.pop("mariadbId", UNSET))

        def _parse_mongo_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mongo_id = _parse_mongo_id(d.pop("mongoId", UNSET))

        def _parse_mysql_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mysql_id = _parse_mysql_id(d.pop("mysqlId", UNSET))

        def _parse_redis_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redis_id = _parse_redis_id(d.pop("redisId", UNSET))

        def _parse_libsql_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        libsql_id = _parse_libsql_id(d.pop("libsqlId", UNSET))

        def _parse_compose_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compose_id = _parse_compose_id(d.pop("composeId", UNSET))

        created_at = d.pop("createdAt", UNSET)

        volume_backups_update_body = cls(
            name=name,
            volume_name=volume_name,
            prefix=prefix,
            cron_expression=cron_expression,
            destination_id=destination_id,
            volume_backup_id=volume_backup_id,
            service_type=service_type,
            app_name=app_name,
            service_name=service_name,
            turn_off=turn_off,
            keep_latest_count=keep_latest_count,
            enabled=enabled,
            application_id=application_id,
            postgres_id=postgres_id,
            mariadb_id=mariadb_id,
            mongo_id=mongo_id,
            mysql_id=mysql_id,
            redis_id=redis_id,
            libsql_id=libsql_id,
            compose_id=compose_id,
            created_at=created_at,
        )

        volume_backups_update_body.additional_properties = d
        return volume_backups_update_body

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
