from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backup_backup_type import BackupBackupType, check_backup_backup_type
from ..models.backup_database_type import BackupDatabaseType, check_backup_database_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backup_metadata_type_0 import BackupMetadataType0
    from ..models.compose import Compose
    from ..models.deployment import Deployment
    from ..models.destination import Destination
    from ..models.destination_summary import DestinationSummary
    from ..models.libsql import Libsql
    from ..models.mariadb import Mariadb
    from ..models.mongo import Mongo
    from ..models.mysql import Mysql
    from ..models.postgres import Postgres


T = TypeVar("T", bound="Backup")


@_attrs_define
class Backup:
    """A record of Dokploy's `backups` table.

    Attributes:
        app_name (str):
        backup_id (str):
        backup_type (BackupBackupType):
        compose_id (None | str):
        database (str):
        database_type (BackupDatabaseType):
        destination_id (str):
        enabled (bool | None):
        include_encryption_key (bool):
        keep_latest_count (int | None):
        libsql_id (None | str):
        mariadb_id (None | str):
        mongo_id (None | str):
        mysql_id (None | str):
        postgres_id (None | str):
        prefix (str):
        schedule (str):
        service_name (None | str):
        user_id (None | str):
        compose (Compose | None | Unset):
        deployments (list[Deployment] | Unset):
        destination (Destination | DestinationSummary | Unset):
        libsql (Libsql | None | Unset):
        mariadb (Mariadb | None | Unset):
        metadata (BackupMetadataType0 | None | Unset):
        mongo (Mongo | None | Unset):
        mysql (Mysql | None | Unset):
        postgres (None | Postgres | Unset):
    """

    app_name: str
    backup_id: str
    backup_type: BackupBackupType
    compose_id: None | str
    database: str
    database_type: BackupDatabaseType
    destination_id: str
    enabled: bool | None
    include_encryption_key: bool
    keep_latest_count: int | None
    libsql_id: None | str
    mariadb_id: None | str
    mongo_id: None | str
    mysql_id: None | str
    postgres_id: None | str
    prefix: str
    schedule: str
    service_name: None | str
    user_id: None | str
    compose: Compose | None | Unset = UNSET
    deployments: list[Deployment] | Unset = UNSET
    destination: Destination | DestinationSummary | Unset = UNSET
    libsql: Libsql | None | Unset = UNSET
    mariadb: Mariadb | None | Unset = UNSET
    metadata: BackupMetadataType0 | None | Unset = UNSET
    mongo: Mongo | None | Unset = UNSET
    mysql: Mysql | None | Unset = UNSET
    postgres: None | Postgres | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.backup_metadata_type_0 import BackupMetadataType0  # noqa: PLC0415
        from ..models.compose import Compose  # noqa: PLC0415
        from ..models.destination_summary import DestinationSummary  # noqa: PLC0415
        from ..models.libsql import Libsql  # noqa: PLC0415
        from ..models.mariadb import Mariadb  # noqa: PLC0415
        from ..models.mongo import Mongo  # noqa: PLC0415
        from ..models.mysql import Mysql  # noqa: PLC0415
        from ..models.postgres import Postgres  # noqa: PLC0415

        app_name = self.app_name

        backup_id = self.backup_id

        backup_type: str = self.backup_type

        compose_id: None | str
        compose_id = self.compose_id

        database = self.database

        database_type: str = self.database_type

        destination_id = self.destination_id

        enabled: bool | None
        enabled = self.enabled

        include_encryption_key = self.include_encryption_key

        keep_latest_count: int | None
        keep_latest_count = self.keep_latest_count

        libsql_id: None | str
        libsql_id = self.libsql_id

        mariadb_id: None | str
        mariadb_id = self.mariadb_id

        mongo_id: None | str
        mongo_id = self.mongo_id

        mysql_id: None | str
        mysql_id = self.mysql_id

        postgres_id: None | str
        postgres_id = self.postgres_id

        prefix = self.prefix

        schedule = self.schedule

        service_name: None | str
        service_name = self.service_name

        user_id: None | str
        user_id = self.user_id

        compose: dict[str, Any] | None | Unset
        if isinstance(self.compose, Unset):
            compose = UNSET
        elif isinstance(self.compose, Compose):
            compose = self.compose.to_dict()
        else:
            compose = self.compose

        deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = []
            for deployments_item_data in self.deployments:
                deployments_item = deployments_item_data.to_dict()
                deployments.append(deployments_item)

        destination: dict[str, Any] | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        elif isinstance(self.destination, DestinationSummary):
            destination = self.destination.to_dict()
        else:
            destination = self.destination.to_dict()

        libsql: dict[str, Any] | None | Unset
        if isinstance(self.libsql, Unset):
            libsql = UNSET
        elif isinstance(self.libsql, Libsql):
            libsql = self.libsql.to_dict()
        else:
            libsql = self.libsql

        mariadb: dict[str, Any] | None | Unset
        if isinstance(self.mariadb, Unset):
            mariadb = UNSET
        elif isinstance(self.mariadb, Mariadb):
            mariadb = self.mariadb.to_dict()
        else:
            mariadb = self.mariadb

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BackupMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        mongo: dict[str, Any] | None | Unset
        if isinstance(self.mongo, Unset):
            mongo = UNSET
        elif isinstance(self.mongo, Mongo):
            mongo = self.mongo.to_dict()
        else:
            mongo = self.mongo

        mysql: dict[str, Any] | None | Unset
        if isinstance(self.mysql, Unset):
            mysql = UNSET
        elif isinstance(self.mysql, Mysql):
            mysql = self.mysql.to_dict()
        else:
            mysql = self.mysql

        postgres: dict[str, Any] | None | Unset
        if isinstance(self.postgres, Unset):
            postgres = UNSET
        elif isinstance(self.postgres, Postgres):
            postgres = self.postgres.to_dict()
        else:
            postgres = self.postgres

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appName": app_name,
                "backupId": backup_id,
                "backupType": backup_type,
                "composeId": compose_id,
                "database": database,
                "databaseType": database_type,
                "destinationId": destination_id,
                "enabled": enabled,
                "includeEncryptionKey": include_encryption_key,
                "keepLatestCount": keep_latest_count,
                "libsqlId": libsql_id,
                "mariadbId": mariadb_id,
                "mongoId": mongo_id,
                "mysqlId": mysql_id,
                "postgresId": postgres_id,
                "prefix": prefix,
                "schedule": schedule,
                "serviceName": service_name,
                "userId": user_id,
            }
        )
        if compose is not UNSET:
            field_dict["compose"] = compose
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if destination is not UNSET:
            field_dict["destination"] = destination
        if libsql is not UNSET:
            field_dict["libsql"] = libsql
        if mariadb is not UNSET:
            field_dict["mariadb"] = mariadb
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if mongo is not UNSET:
            field_dict["mongo"] = mongo
        if mysql is not UNSET:
            field_dict["mysql"] = mysql
        if postgres is not UNSET:
            field_dict["postgres"] = postgres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backup_metadata_type_0 import BackupMetadataType0  # noqa: PLC0415
        from ..models.compose import Compose  # noqa: PLC0415
        from ..models.deployment import Deployment  # noqa: PLC0415
        from ..models.destination import Destination  # noqa: PLC0415
        from ..models.destination_summary import DestinationSummary  # noqa: PLC0415
        from ..models.libsql import Libsql  # noqa: PLC0415
        from ..models.mariadb import Mariadb  # noqa: PLC0415
        from ..models.mongo import Mongo  # noqa: PLC0415
        from ..models.mysql import Mysql  # noqa: PLC0415
        from ..models.postgres import Postgres  # noqa: PLC0415

        d = dict(src_dict)
        app_name = d.pop("appName")

        backup_id = d.pop("backupId")

        backup_type = check_backup_backup_type(d.pop("backupType"))

        def _parse_compose_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        compose_id = _parse_compose_id(d.pop("composeId"))

        database = d.pop("database")

        database_type = check_backup_database_type(d.pop("databaseType"))

        destination_id = d.pop("destinationId")

        def _parse_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        enabled = _parse_enabled(d.pop("enabled"))

        include_encryption_key = d.pop("includeEncryptionKey")

        def _parse_keep_latest_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        keep_latest_count = _parse_keep_latest_count(d.pop("keepLatestCount"))

        def _parse_libsql_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        libsql_id = _parse_libsql_id(d.pop("libsqlId"))

        def _parse_mariadb_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mariadb_id = _parse_mariadb_id(d.pop("mariadbId"))

        def _parse_mongo_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mongo_id = _parse_mongo_id(d.pop("mongoId"))

        def _parse_mysql_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mysql_id = _parse_mysql_id(d.pop("mysqlId"))

        def _parse_postgres_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        postgres_id = _parse_postgres_id(d.pop("postgresId"))

        prefix = d.pop("prefix")

        schedule = d.pop("schedule")

        def _parse_service_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_name = _parse_service_name(d.pop("serviceName"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("userId"))

        def _parse_compose(data: object) -> Compose | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compose_type_0 = Compose.from_dict(data)

                return compose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Compose | None | Unset, data)

        compose = _parse_compose(d.pop("compose", UNSET))

        _deployments = d.pop("deployments", UNSET)
        deployments: list[Deployment] | Unset = UNSET
        if _deployments is not UNSET:
            deployments = []
            for deployments_item_data in _deployments:
                deployments_item = Deployment.from_dict(deployments_item_data)

                deployments.append(deployments_item)

        def _parse_destination(data: object) -> Destination | DestinationSummary | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_0 = DestinationSummary.from_dict(data)

                return destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            destination_type_1 = Destination.from_dict(data)

            return destination_type_1

        destination = _parse_destination(d.pop("destination", UNSET))

        def _parse_libsql(data: object) -> Libsql | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                libsql_type_0 = Libsql.from_dict(data)

                return libsql_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Libsql | None | Unset, data)

        libsql = _parse_libsql(d.pop("libsql", UNSET))

        def _parse_mariadb(data: object) -> Mariadb | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mariadb_type_0 = Mariadb.from_dict(data)

                return mariadb_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mariadb | None | Unset, data)

        mariadb = _parse_mariadb(d.pop("mariadb", UNSET))

        def _parse_metadata(data: object) -> BackupMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BackupMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackupMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_mongo(data: object) -> Mongo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mongo_type_0 = Mongo.from_dict(data)

                return mongo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mongo | None | Unset, data)

        mongo = _parse_mongo(d.pop("mongo", UNSET))

        def _parse_mysql(data: object) -> Mysql | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mysql_type_0 = Mysql.from_dict(data)

                return mysql_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mysql | None | Unset, data)

        mysql = _parse_mysql(d.pop("mysql", UNSET))

        def _parse_postgres(data: object) -> None | Postgres | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postgres_type_0 = Postgres.from_dict(data)

                return postgres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Postgres | Unset, data)

        postgres = _parse_postgres(d.pop("postgres", UNSET))

        backup = cls(
            app_name=app_name,
            backup_id=backup_id,
            backup_type=backup_type,
            compose_id=compose_id,
            database=database,
            database_type=database_type,
            destination_id=destination_id,
            enabled=enabled,
            include_encryption_key=include_encryption_key,
            keep_latest_count=keep_latest_count,
            libsql_id=libsql_id,
            mariadb_id=mariadb_id,
            mongo_id=mongo_id,
            mysql_id=mysql_id,
            postgres_id=postgres_id,
            prefix=prefix,
            schedule=schedule,
            service_name=service_name,
            user_id=user_id,
            compose=compose,
            deployments=deployments,
            destination=destination,
            libsql=libsql,
            mariadb=mariadb,
            metadata=metadata,
            mongo=mongo,
            mysql=mysql,
            postgres=postgres,
        )

        backup.additional_properties = d
        return backup

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
