from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_backup_service_type import (
    VolumeBackupServiceType,
    check_volume_backup_service_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_summary import ApplicationSummary
    from ..models.compose import Compose
    from ..models.compose_summary import ComposeSummary
    from ..models.destination_summary import DestinationSummary
    from ..models.libsql import Libsql
    from ..models.libsql_summary import LibsqlSummary
    from ..models.mariadb import Mariadb
    from ..models.mariadb_summary import MariadbSummary
    from ..models.mongo import Mongo
    from ..models.mongo_summary import MongoSummary
    from ..models.mysql import Mysql
    from ..models.mysql_summary import MysqlSummary
    from ..models.postgres import Postgres
    from ..models.postgres_summary import PostgresSummary
    from ..models.redis import Redis
    from ..models.redis_summary import RedisSummary


T = TypeVar("T", bound="VolumeBackup")


@_attrs_define
class VolumeBackup:
    """A record of Dokploy's `volumeBackups` table.

    Attributes:
        app_name (str):
        application_id (None | str):
        compose_id (None | str):
        created_at (str):
        cron_expression (str):
        destination_id (str):
        enabled (bool | None):
        keep_latest_count (int | None):
        libsql_id (None | str):
        mariadb_id (None | str):
        mongo_id (None | str):
        mysql_id (None | str):
        name (str):
        postgres_id (None | str):
        prefix (str):
        redis_id (None | str):
        service_name (None | str):
        service_type (VolumeBackupServiceType):
        turn_off (bool):
        volume_backup_id (str):
        volume_name (str):
        application (ApplicationSummary | None | Unset):
        compose (Compose | ComposeSummary | None | Unset):
        destination (DestinationSummary | Unset): A partial record of Dokploy's `destinations` table.
        libsql (Libsql | LibsqlSummary | None | Unset):
        mariadb (Mariadb | MariadbSummary | None | Unset):
        mongo (Mongo | MongoSummary | None | Unset):
        mysql (Mysql | MysqlSummary | None | Unset):
        postgres (None | Postgres | PostgresSummary | Unset):
        redis (None | Redis | RedisSummary | Unset):
    """

    app_name: str
    application_id: None | str
    compose_id: None | str
    created_at: str
    cron_expression: str
    destination_id: str
    enabled: bool | None
    keep_latest_count: int | None
    libsql_id: None | str
    mariadb_id: None | str
    mongo_id: None | str
    mysql_id: None | str
    name: str
    postgres_id: None | str
    prefix: str
    redis_id: None | str
    service_name: None | str
    service_type: VolumeBackupServiceType
    turn_off: bool
    volume_backup_id: str
    volume_name: str
    application: ApplicationSummary | None | Unset = UNSET
    compose: Compose | ComposeSummary | None | Unset = UNSET
    destination: DestinationSummary | Unset = UNSET
    libsql: Libsql | LibsqlSummary | None | Unset = UNSET
    mariadb: Mariadb | MariadbSummary | None | Unset = UNSET
    mongo: Mongo | MongoSummary | None | Unset = UNSET
    mysql: Mysql | MysqlSummary | None | Unset = UNSET
    postgres: None | Postgres | PostgresSummary | Unset = UNSET
    redis: None | Redis | RedisSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_summary import ApplicationSummary  # noqa: PLC0415
        from ..models.compose import Compose  # noqa: PLC0415
        from ..models.compose_summary import ComposeSummary  # noqa: PLC0415
        from ..models.libsql import Libsql  # noqa: PLC0415
        from ..models.libsql_summary import LibsqlSummary  # noqa: PLC0415
        from ..models.mariadb import Mariadb  # noqa: PLC0415
        from ..models.mariadb_summary import MariadbSummary  # noqa: PLC0415
        from ..models.mongo import Mongo  # noqa: PLC0415
        from ..models.mongo_summary import MongoSummary  # noqa: PLC0415
        from ..models.mysql import Mysql  # noqa: PLC0415
        from ..models.mysql_summary import MysqlSummary  # noqa: PLC0415
        from ..models.postgres import Postgres  # noqa: PLC0415
        from ..models.postgres_summary import PostgresSummary  # noqa: PLC0415
        from ..models.redis import Redis  # noqa: PLC0415
        from ..models.redis_summary import RedisSummary  # noqa: PLC0415

        app_name = self.app_name

        application_id: None | str
        application_id = self.application_id

        compose_id: None | str
        compose_id = self.compose_id

        created_at = self.created_at

        cron_expression = self.cron_expression

        destination_id = self.destination_id

        enabled: bool | None
        enabled = self.enabled

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

        name = self.name

        postgres_id: None | str
        postgres_id = self.postgres_id

        prefix = self.prefix

        redis_id: None | str
        redis_id = self.redis_id

        service_name: None | str
        service_name = self.service_name

        service_type: str = self.service_type

        turn_off = self.turn_off

        volume_backup_id = self.volume_backup_id

        volume_name = self.volume_name

        application: dict[str, Any] | None | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, ApplicationSummary):
            application = self.application.to_dict()
        else:
            application = self.application

        compose: dict[str, Any] | None | Unset
        if isinstance(self.compose, Unset):
            compose = UNSET
        elif isinstance(self.compose, ComposeSummary):
            compose = self.compose.to_dict()
        elif isinstance(self.compose, Compose):
            compose = self.compose.to_dict()
        else:
            compose = self.compose

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        libsql: dict[str, Any] | None | Unset
        if isinstance(self.libsql, Unset):
            libsql = UNSET
        elif isinstance(self.libsql, LibsqlSummary):
            libsql = self.libsql.to_dict()
        elif isinstance(self.libsql, Libsql):
            libsql = self.libsql.to_dict()
        else:
            libsql = self.libsql

        mariadb: dict[str, Any] | None | Unset
        if isinstance(self.mariadb, Unset):
            mariadb = UNSET
        elif isinstance(self.mariadb, MariadbSummary):
            mariadb = self.mariadb.to_dict()
        elif isinstance(self.mariadb, Mariadb):
            mariadb = self.mariadb.to_dict()
        else:
            mariadb = self.mariadb

        mongo: dict[str, Any] | None | Unset
        if isinstance(self.mongo, Unset):
            mongo = UNSET
        elif isinstance(self.mongo, MongoSummary):
            mongo = self.mongo.to_dict()
        elif isinstance(self.mongo, Mongo):
            mongo = self.mongo.to_dict()
        else:
            mongo = self.mongo

        mysql: dict[str, Any] | None | Unset
        if isinstance(self.mysql, Unset):
            mysql = UNSET
        elif isinstance(self.mysql, MysqlSummary):
            mysql = self.mysql.to_dict()
        elif isinstance(self.mysql, Mysql):
            mysql = self.mysql.to_dict()
        else:
            mysql = self.mysql

        postgres: dict[str, Any] | None | Unset
        if isinstance(self.postgres, Unset):
            postgres = UNSET
        elif isinstance(self.postgres, PostgresSummary):
            postgres = self.postgres.to_dict()
        elif isinstance(self.postgres, Postgres):
            postgres = self.postgres.to_dict()
        else:
            postgres = self.postgres

        redis: dict[str, Any] | None | Unset
        if isinstance(self.redis, Unset):
            redis = UNSET
        elif isinstance(self.redis, RedisSummary):
            redis = self.redis.to_dict()
        elif isinstance(self.redis, Redis):
            redis = self.redis.to_dict()
        else:
            redis = self.redis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appName": app_name,
                "applicationId": application_id,
                "composeId": compose_id,
                "createdAt": created_at,
                "cronExpression": cron_expression,
                "destinationId": destination_id,
                "enabled": enabled,
                "keepLatestCount": keep_latest_count,
                "libsqlId": libsql_id,
                "mariadbId": mariadb_id,
                "mongoId": mongo_id,
                "mysqlId": mysql_id,
                "name": name,
                "postgresId": postgres_id,
                "prefix": prefix,
                "redisId": redis_id,
                "serviceName": service_name,
                "serviceType": service_type,
                "turnOff": turn_off,
                "volumeBackupId": volume_backup_id,
                "volumeName": volume_name,
            }
        )
        if application is not UNSET:
            field_dict["application"] = application
        if compose is not UNSET:
            field_dict["compose"] = compose
        if destination is not UNSET:
            field_dict["destination"] = destination
        if libsql is not UNSET:
            field_dict["libsql"] = libsql
        if mariadb is not UNSET:
            field_dict["mariadb"] = mariadb
        if mongo is not UNSET:
            field_dict["mongo"] = mongo
        if mysql is not UNSET:
            field_dict["mysql"] = mysql
        if postgres is not UNSET:
            field_dict["postgres"] = postgres
        if redis is not UNSET:
            field_dict["redis"] = redis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_summary import ApplicationSummary  # noqa: PLC0415
        from ..models.compose import Compose  # noqa: PLC0415
        from ..models.compose_summary import ComposeSummary  # noqa: PLC0415
        from ..models.destination_summary import DestinationSummary  # noqa: PLC0415
        from ..models.libsql import Libsql  # noqa: PLC0415
        from ..models.libsql_summary import LibsqlSummary  # noqa: PLC0415
        from ..models.mariadb import Mariadb  # noqa: PLC0415
        from ..models.mariadb_summary import MariadbSummary  # noqa: PLC0415
        from ..models.mongo import Mongo  # noqa: PLC0415
        from ..models.mongo_summary import MongoSummary  # noqa: PLC0415
        from ..models.mysql import Mysql  # noqa: PLC0415
        from ..models.mysql_summary import MysqlSummary  # noqa: PLC0415
        from ..models.postgres import Postgres  # noqa: PLC0415
        from ..models.postgres_summary import PostgresSummary  # noqa: PLC0415
        from ..models.redis import Redis  # noqa: PLC0415
        from ..models.redis_summary import RedisSummary  # noqa: PLC0415

        d = dict(src_dict)
        app_name = d.pop("appName")

        def _parse_application_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_id = _parse_application_id(d.pop("applicationId"))

        def _parse_compose_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        compose_id = _parse_compose_id(d.pop("composeId"))

        created_at = d.pop("createdAt")

        cron_expression = d.pop("cronExpression")

        destination_id = d.pop("destinationId")

        def _parse_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        enabled = _parse_enabled(d.pop("enabled"))

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

        name = d.pop("name")

        def _parse_postgres_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        postgres_id = _parse_postgres_id(d.pop("postgresId"))

        prefix = d.pop("prefix")

        def _parse_redis_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        redis_id = _parse_redis_id(d.pop("redisId"))

        def _parse_service_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_name = _parse_service_name(d.pop("serviceName"))

        service_type = check_volume_backup_service_type(d.pop("serviceType"))

        turn_off = d.pop("turnOff")

        volume_backup_id = d.pop("volumeBackupId")

        volume_name = d.pop("volumeName")

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

        def _parse_compose(data: object) -> Compose | ComposeSummary | None | Unset:
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compose_type_2 = Compose.from_dict(data)

                return compose_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Compose | ComposeSummary | None | Unset, data)

        compose = _parse_compose(d.pop("compose", UNSET))

        _destination = d.pop("destination", UNSET)
        destination: DestinationSummary | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = DestinationSummary.from_dict(_destination)

        def _parse_libsql(data: object) -> Libsql | LibsqlSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                libsql_type_0 = LibsqlSummary.from_dict(data)

                return libsql_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                libsql_type_2 = Libsql.from_dict(data)

                return libsql_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Libsql | LibsqlSummary | None | Unset, data)

        libsql = _parse_libsql(d.pop("libsql", UNSET))

        def _parse_mariadb(data: object) -> Mariadb | MariadbSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mariadb_type_0 = MariadbSummary.from_dict(data)

                return mariadb_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mariadb_type_2 = Mariadb.from_dict(data)

                return mariadb_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mariadb | MariadbSummary | None | Unset, data)

        mariadb = _parse_mariadb(d.pop("mariadb", UNSET))

        def _parse_mongo(data: object) -> Mongo | MongoSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mongo_type_0 = MongoSummary.from_dict(data)

                return mongo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mongo_type_2 = Mongo.from_dict(data)

                return mongo_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mongo | MongoSummary | None | Unset, data)

        mongo = _parse_mongo(d.pop("mongo", UNSET))

        def _parse_mysql(data: object) -> Mysql | MysqlSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mysql_type_0 = MysqlSummary.from_dict(data)

                return mysql_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mysql_type_2 = Mysql.from_dict(data)

                return mysql_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mysql | MysqlSummary | None | Unset, data)

        mysql = _parse_mysql(d.pop("mysql", UNSET))

        def _parse_postgres(data: object) -> None | Postgres | PostgresSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postgres_type_0 = PostgresSummary.from_dict(data)

                return postgres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postgres_type_2 = Postgres.from_dict(data)

                return postgres_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Postgres | PostgresSummary | Unset, data)

        postgres = _parse_postgres(d.pop("postgres", UNSET))

        def _parse_redis(data: object) -> None | Redis | RedisSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redis_type_0 = RedisSummary.from_dict(data)

                return redis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redis_type_2 = Redis.from_dict(data)

                return redis_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Redis | RedisSummary | Unset, data)

        redis = _parse_redis(d.pop("redis", UNSET))

        volume_backup = cls(
            app_name=app_name,
            application_id=application_id,
            compose_id=compose_id,
            created_at=created_at,
            cron_expression=cron_expression,
            destination_id=destination_id,
            enabled=enabled,
            keep_latest_count=keep_latest_count,
            libsql_id=libsql_id,
            mariadb_id=mariadb_id,
            mongo_id=mongo_id,
            mysql_id=mysql_id,
            name=name,
            postgres_id=postgres_id,
            prefix=prefix,
            redis_id=redis_id,
            service_name=service_name,
            service_type=service_type,
            turn_off=turn_off,
            volume_backup_id=volume_backup_id,
            volume_name=volume_name,
            application=application,
            compose=compose,
            destination=destination,
            libsql=libsql,
            mariadb=mariadb,
            mongo=mongo,
            mysql=mysql,
            postgres=postgres,
            redis=redis,
        )

        volume_backup.additional_properties = d
        return volume_backup

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
