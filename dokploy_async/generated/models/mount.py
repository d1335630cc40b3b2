from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mount_service_type import MountServiceType, check_mount_service_type
from ..models.mount_type import MountType, check_mount_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mount_application_type_0 import MountApplicationType0
    from ..models.mount_compose_type_0 import MountComposeType0
    from ..models.mount_libsql_type_0 import MountLibsqlType0
    from ..models.mount_mariadb_type_0 import MountMariadbType0
    from ..models.mount_mongo_type_0 import MountMongoType0
    from ..models.mount_mysql_type_0 import MountMysqlType0
    from ..models.mount_postgres_type_0 import MountPostgresType0
    from ..models.mount_redis_type_0 import MountRedisType0


T = TypeVar("T", bound="Mount")


@_attrs_define
class Mount:
    """A record of Dokploy's `mounts` table.

    Attributes:
        application_id (None | str):
        compose_id (None | str):
        content (None | str):
        file_path (None | str):
        host_path (None | str):
        libsql_id (None | str):
        mariadb_id (None | str):
        mongo_id (None | str):
        mount_id (str):
        mount_path (str):
        mysql_id (None | str):
        postgres_id (None | str):
        redis_id (None | str):
        service_type (MountServiceType):
        type_ (MountType):
        volume_name (None | str):
        application (MountApplicationType0 | None | Unset):
        compose (MountComposeType0 | None | Unset):
        libsql (MountLibsqlType0 | None | Unset):
        mariadb (MountMariadbType0 | None | Unset):
        mongo (MountMongoType0 | None | Unset):
        mysql (MountMysqlType0 | None | Unset):
        postgres (MountPostgresType0 | None | Unset):
        redis (MountRedisType0 | None | Unset):
    """

    application_id: None | str
    compose_id: None | str
    content: None | str
    file_path: None | str
    host_path: None | str
    libsql_id: None | str
    mariadb_id: None | str
    mongo_id: None | str
    mount_id: str
    mount_path: str
    mysql_id: None | str
    postgres_id: None | str
    redis_id: None | str
    service_type: MountServiceType
    type_: MountType
    volume_name: None | str
    application: MountApplicationType0 | None | Unset = UNSET
    compose: MountComposeType0 | None | Unset = UNSET
    libsql: MountLibsqlType0 | None | Unset = UNSET
    mariadb: MountMariadbType0 | None | Unset = UNSET
    mongo: MountMongoType0 | None | Unset = UNSET
    mysql: MountMysqlType0 | None | Unset = UNSET
    postgres: MountPostgresType0 | None | Unset = UNSET
    redis: MountRedisType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mount_application_type_0 import MountApplicationType0  # noqa: PLC0415
        from ..models.mount_compose_type_0 import MountComposeType0  # noqa: PLC0415
        from ..models.mount_libsql_type_0 import MountLibsqlType0  # noqa: PLC0415
        from ..models.mount_mariadb_type_0 import MountMariadbType0  # noqa: PLC0415
        from ..models.mount_mongo_type_0 import MountMongoType0  # noqa: PLC0415
        from ..models.mount_mysql_type_0 import MountMysqlType0  # noqa: PLC0415
        from ..models.mount_postgres_type_0 import MountPostgresType0  # noqa: PLC0415
        from ..models.mount_redis_type_0 import MountRedisType0  # noqa: PLC0415

        application_id: None | str
        application_id = self.application_id

        compose_id: None | str
        compose_id = self.compose_id

        content: None | str
        content = self.content

        file_path: None | str
        file_path = self.file_path

        host_path: None | str
        host_path = self.host_path

        libsql_id: None | str
        libsql_id = self.libsql_id

        mariadb_id: None | str
        mariadb_id = self.mariadb_id

        mongo_id: None | str
        mongo_id = self.mongo_id

        mount_id = self.mount_id

        mount_path = self.mount_path

        mysql_id: None | str
        mysql_id = self.mysql_id

        postgres_id: None | str
        postgres_id = self.postgres_id

        redis_id: None | str
        redis_id = self.redis_id

        service_type: str = self.service_type

        type_: str = self.type_

        volume_name: None | str
        volume_name = self.volume_name

        application: dict[str, Any] | None | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, MountApplicationType0):
            application = self.application.to_dict()
        else:
            application = self.application

        compose: dict[str, Any] | None | Unset
        if isinstance(self.compose, Unset):
            compose = UNSET
        elif isinstance(self.compose, MountComposeType0):
            compose = self.compose.to_dict()
        else:
            compose = self.compose

        libsql: dict[str, Any] | None | Unset
        if isinstance(self.libsql, Unset):
            libsql = UNSET
        elif isinstance(self.libsql, MountLibsqlType0):
            libsql = self.libsql.to_dict()
        else:
            libsql = self.libsql

        mariadb: dict[str, Any] | None | Unset
        if isinstance(self.mariadb, Unset):
            mariadb = UNSET
        elif isinstance(self.mariadb, MountMariadbType0):
            mariadb = self.mariadb.to_dict()
        else:
            mariadb = self.mariadb

        mongo: dict[str, Any] | None | Unset
        if isinstance(self.mongo, Unset):
            mongo = UNSET
        elif isinstance(self.mongo, MountMongoType0):
            mongo = self.mongo.to_dict()
        else:
            mongo = self.mongo

        mysql: dict[str, Any] | None | Unset
        if isinstance(self.mysql, Unset):
            mysql = UNSET
        elif isinstance(self.mysql, MountMysqlType0):
            mysql = self.mysql.to_dict()
        else:
            mysql = self.mysql

        postgres: dict[str, Any] | None | Unset
        if isinstance(self.postgres, Unset):
            postgres = UNSET
        elif isinstance(self.postgres, MountPostgresType0):
            postgres = self.postgres.to_dict()
        else:
            postgres = self.postgres

        redis: dict[str, Any] | None | Unset
        if isinstance(self.redis, Unset):
            redis = UNSET
        elif isinstance(self.redis, MountRedisType0):
            redis = self.redis.to_dict()
        else:
            redis = self.redis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "composeId": compose_id,
                "content": content,
                "filePath": file_path,
                "hostPath": host_path,
                "libsqlId": libsql_id,
                "mariadbId": mariadb_id,
                "mongoId": mongo_id,
                "mountId": mount_id,
                "mountPath": mount_path,
                "mysqlId": mysql_id,
                "postgresId": postgres_id,
                "redisId": redis_id,
                "serviceType": service_type,
                "type": type_,
                "volumeName": volume_name,
            }
        )
        if application is not UNSET:
            field_dict["application"] = application
        if compose is not UNSET:
            field_dict["compose"] = compose
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
        from ..models.mount_application_type_0 import MountApplicationType0  # noqa: PLC0415
        from ..models.mount_compose_type_0 import MountComposeType0  # noqa: PLC0415
        from ..models.mount_libsql_type_0 import MountLibsqlType0  # noqa: PLC0415
        from ..models.mount_mariadb_type_0 import MountMariadbType0  # noqa: PLC0415
        from ..models.mount_mongo_type_0 import MountMongoType0  # noqa: PLC0415
        from ..models.mount_mysql_type_0 import MountMysqlType0  # noqa: PLC0415
        from ..models.mount_postgres_type_0 import MountPostgresType0  # noqa: PLC0415
        from ..models.mount_redis_type_0 import MountRedisType0  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        def _parse_file_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_path = _parse_file_path(d.pop("filePath"))

        def _parse_host_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        host_path = _parse_host_path(d.pop("hostPath"))

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

        mount_id = d.pop("mountId")

        mount_path = d.pop("mountPath")

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

        def _parse_redis_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        redis_id = _parse_redis_id(d.pop("redisId"))

        service_type = check_mount_service_type(d.pop("serviceType"))

        type_ = check_mount_type(d.pop("type"))

        def _parse_volume_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        volume_name = _parse_volume_name(d.pop("volumeName"))

        def _parse_application(data: object) -> MountApplicationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                application_type_0 = MountApplicationType0.from_dict(data)

                return application_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MountApplicationType0 | None | Unset, data)

        application = _parse_application(d.pop("application", UNSET))

        def _parse_compose(data: object) -> MountComposeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compose_type_0 = MountComposeType0.from_dict(data)

                return compose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MountComposeType0 | None | Unset, data)

        compose = _parse_compose(d.pop("compose", UNSET))

        def _parse_libsql(data: object) -> MountLibsqlType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                libsql_type_0 = MountLibsqlType0.from_dict(data)

                return libsql_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MountLibsqlType0 | None | Unset, data)

        libsql = _parse_libsql(d.pop("libsql", UNSET))

        def _parse_mariadb(data: object) -> MountMariadbType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mariadb_type_0 = MountMariadbType0.from_dict(data)

                return mariadb_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MountMariadbType0 | None | Unset, data)

        mariadb = _parse_mariadb(d.pop("mariadb", UNSET))

        def _parse_mongo(data: object) -> MountMongoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mongo_type_0 = MountMongoType0.from_dict(data)

                return mongo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MountMongoType0 | None | Unset, data)

        mongo = _parse_mongo(d.pop("mongo", UNSET))

        def _parse_mysql(data: object) -> MountMysqlType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mysql_type_0 = MountMysqlType0.from_dict(data)

                return mysql_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MountMysqlType0 | None | Unset, data)

        mysql = _parse_mysql(d.pop("mysql", UNSET))

        def _parse_postgres(data: object) -> MountPostgresType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postgres_type_0 = MountPostgresType0.from_dict(data)

                return postgres_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MountPostgresType0 | None | Unset, data)

        postgres = _parse_postgres(d.pop("postgres", UNSET))

        def _parse_redis(data: object) -> MountRedisType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redis_type_0 = MountRedisType0.from_dict(data)

                return redis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MountRedisType0 | None | Unset, data)

        redis = _parse_redis(d.pop("redis", UNSET))

        mount = cls(
            application_id=application_id,
            compose_id=compose_id,
            content=content,
            file_path=file_path,
            host_path=host_path,
            libsql_id=libsql_id,
            mariadb_id=mariadb_id,
            mongo_id=mongo_id,
            mount_id=mount_id,
            mount_path=mount_path,
            mysql_id=mysql_id,
            postgres_id=postgres_id,
            redis_id=redis_id,
            service_type=service_type,
            type_=type_,
            volume_name=volume_name,
            application=application,
            compose=compose,
            libsql=libsql,
            mariadb=mariadb,
            mongo=mongo,
            mysql=mysql,
            postgres=postgres,
            redis=redis,
        )

        mount.additional_properties = d
        return mount

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
