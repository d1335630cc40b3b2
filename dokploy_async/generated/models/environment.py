from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.application_summary import ApplicationSummary
    from ..models.compose_summary import ComposeSummary
    from ..models.libsql_summary import LibsqlSummary
    from ..models.mariadb_summary import MariadbSummary
    from ..models.mongo_summary import MongoSummary
    from ..models.mysql_summary import MysqlSummary
    from ..models.postgres_summary import PostgresSummary
    from ..models.project import Project
    from ..models.redis_summary import RedisSummary


T = TypeVar("T", bound="Environment")


@_attrs_define
class Environment:
    """A record of Dokploy's `environments` table.

    Attributes:
        created_at (str):
        description (None | str):
        env (str):
        environment_id (str):
        is_default (bool):
        name (str):
        project_id (str):
        applications (list[ApplicationSummary] | Unset):
        compose (list[ComposeSummary] | Unset):
        libsql (list[LibsqlSummary] | Unset):
        mariadb (list[MariadbSummary] | Unset):
        mongo (list[MongoSummary] | Unset):
        mysql (list[MysqlSummary] | Unset):
        postgres (list[PostgresSummary] | Unset):
        project (Project | Unset): A record of Dokploy's `projects` table.
        redis (list[RedisSummary] | Unset):
    """

    created_at: str
    description: None | str
    env: str = _attrs_field(repr=masked)
    environment_id: str
    is_default: bool
    name: str
    project_id: str
    applications: list[ApplicationSummary] | Unset = UNSET
    compose: list[ComposeSummary] | Unset = UNSET
    libsql: list[LibsqlSummary] | Unset = UNSET
    mariadb: list[MariadbSummary] | Unset = UNSET
    mongo: list[MongoSummary] | Unset = UNSET
    mysql: list[MysqlSummary] | Unset = UNSET
    postgres: list[PostgresSummary] | Unset = UNSET
    project: Project | Unset = UNSET
    redis: list[RedisSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        description: None | str
        description = self.description

        env = self.env

        environment_id = self.environment_id

        is_default = self.is_default

        name = self.name

        project_id = self.project_id

        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

        compose: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.compose, Unset):
            compose = []
            for compose_item_data in self.compose:
                compose_item = compose_item_data.to_dict()
                compose.append(compose_item)

        libsql: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.libsql, Unset):
            libsql = []
            for libsql_item_data in self.libsql:
                libsql_item = libsql_item_data.to_dict()
                libsql.append(libsql_item)

        mariadb: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mariadb, Unset):
            mariadb = []
            for mariadb_item_data in self.mariadb:
                mariadb_item = mariadb_item_data.to_dict()
                mariadb.append(mariadb_item)

        mongo: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mongo, Unset):
            mongo = []
            for mongo_item_data in self.mongo:
                mongo_item = mongo_item_data.to_dict()
                mongo.append(mongo_item)

        mysql: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mysql, Unset):
            mysql = []
            for mysql_item_data in self.mysql:
                mysql_item = mysql_item_data.to_dict()
                mysql.append(mysql_item)

        postgres: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postgres, Unset):
            postgres = []
            for postgres_item_data in self.postgres:
                postgres_item = postgres_item_data.to_dict()
                postgres.append(postgres_item)

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        redis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.redis, Unset):
            redis = []
            for redis_item_data in self.redis:
                redis_item = redis_item_data.to_dict()
                redis.append(redis_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "description": description,
                "env": env,
                "environmentId": environment_id,
                "isDefault": is_default,
                "name": name,
                "projectId": project_id,
            }
        )
        if applications is not UNSET:
            field_dict["applications"] = applications
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
        if project is not UNSET:
            field_dict["project"] = project
        if redis is not UNSET:
            field_dict["redis"] = redis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_summary import ApplicationSummary  # noqa: PLC0415
        from ..models.compose_summary import ComposeSummary  # noqa: PLC0415
        from ..models.libsql_summary import LibsqlSummary  # noqa: PLC0415
        from ..models.mariadb_summary import MariadbSummary  # noqa: PLC0415
        from ..models.mongo_summary import MongoSummary  # noqa: PLC0415
        from ..models.mysql_summary import MysqlSummary  # noqa: PLC0415
        from ..models.postgres_summary import PostgresSummary  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.redis_summary import RedisSummary  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("createdAt")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        env = d.pop("env")

        environment_id = d.pop("environmentId")

        is_default = d.pop("isDefault")

        name = d.pop("name")

        project_id = d.pop("projectId")

        _applications = d.pop("applications", UNSET)
        applications: list[ApplicationSummary] | Unset = UNSET
        if _applications is not UNSET:
            applications = []
            for applications_item_data in _applications:
                applications_item = ApplicationSummary.from_dict(applications_item_data)

                applications.append(applications_item)

        _compose = d.pop("compose", UNSET)
        compose: list[ComposeSummary] | Unset = UNSET
        if _compose is not UNSET:
            compose = []
            for compose_item_data in _compose:
                compose_item = ComposeSummary.from_dict(compose_item_data)

                compose.append(compose_item)

        _libsql = d.pop("libsql", UNSET)
        libsql: list[LibsqlSummary] | Unset = UNSET
        if _libsql is not UNSET:
            libsql = []
            for libsql_item_data in _libsql:
                libsql_item = LibsqlSummary.from_dict(libsql_item_data)

                libsql.append(libsql_item)

        _mariadb = d.pop("mariadb", UNSET)
        mariadb: list[MariadbSummary] | Unset = UNSET
        if _mariadb is not UNSET:
            mariadb = []
            for mariadb_item_data in _mariadb:
                mariadb_item = MariadbSummary.from_dict(mariadb_item_data)

                mariadb.append(mariadb_item)

        _mongo = d.pop("mongo", UNSET)
        mongo: list[MongoSummary] | Unset = UNSET
        if _mongo is not UNSET:
            mongo = []
            for mongo_item_data in _mongo:
                mongo_item = MongoSummary.from_dict(mongo_item_data)

                mongo.append(mongo_item)

        _mysql = d.pop("mysql", UNSET)
        mysql: list[MysqlSummary] | Unset = UNSET
        if _mysql is not UNSET:
            mysql = []
            for mysql_item_data in _mysql:
                mysql_item = MysqlSummary.from_dict(mysql_item_data)

                mysql.append(mysql_item)

        _postgres = d.pop("postgres", UNSET)
        postgres: list[PostgresSummary] | Unset = UNSET
        if _postgres is not UNSET:
            postgres = []
            for postgres_item_data in _postgres:
                postgres_item = PostgresSummary.from_dict(postgres_item_data)

                postgres.append(postgres_item)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _redis = d.pop("redis", UNSET)
        redis: list[RedisSummary] | Unset = UNSET
        if _redis is not UNSET:
            redis = []
            for redis_item_data in _redis:
                redis_item = RedisSummary.from_dict(redis_item_data)

                redis.append(redis_item)

        environment = cls(
            created_at=created_at,
            description=description,
            env=env,
            environment_id=environment_id,
            is_default=is_default,
            name=name,
            project_id=project_id,
            applications=applications,
            compose=compose,
            libsql=libsql,
            mariadb=mariadb,
            mongo=mongo,
            mysql=mysql,
            postgres=postgres,
            project=project,
            redis=redis,
        )

        environment.additional_properties = d
        return environment

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
