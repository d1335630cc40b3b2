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


T = TypeVar("T", bound="EnvironmentSummary")


@_attrs_define
class EnvironmentSummary:
    """A partial record of Dokploy's `environments` table.

    Attributes:
        applications (list[ApplicationSummary]):
        compose (list[ComposeSummary]):
        environment_id (str):
        is_default (bool):
        libsql (list[LibsqlSummary]):
        mariadb (list[MariadbSummary]):
        mongo (list[MongoSummary]):
        mysql (list[MysqlSummary]):
        name (str):
        postgres (list[PostgresSummary]):
        redis (list[RedisSummary]):
        description (None | str | Unset):
        env (str | Unset):
        project (Project | Unset): A record of Dokploy's `projects` table.
        project_id (str | Unset):
    """

    applications: list[ApplicationSummary]
    compose: list[ComposeSummary]
    environment_id: str
    is_default: bool
    libsql: list[LibsqlSummary]
    mariadb: list[MariadbSummary]
    mongo: list[MongoSummary]
    mysql: list[MysqlSummary]
    name: str
    postgres: list[PostgresSummary]
    redis: list[RedisSummary]
    description: None | str | Unset = UNSET
    env: str | Unset = _attrs_field(default=UNSET, repr=masked)
    project: Project | Unset = UNSET
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applications = []
        for applications_item_data in self.applications:
            applications_item = applications_item_data.to_dict()
            applications.append(applications_item)

        compose = []
        for compose_item_data in self.compose:
            compose_item = compose_item_data.to_dict()
            compose.append(compose_item)

        environment_id = self.environment_id

        is_default = self.is_default

        libsql = []
        for libsql_item_data in self.libsql:
            libsql_item = libsql_item_data.to_dict()
            libsql.append(libsql_item)

        mariadb = []
        for mariadb_item_data in self.mariadb:
            mariadb_item = mariadb_item_data.to_dict()
            mariadb.append(mariadb_item)

        mongo = []
        for mongo_item_data in self.mongo:
            mongo_item = mongo_item_data.to_dict()
            mongo.append(mongo_item)

        mysql = []
        for mysql_item_data in self.mysql:
            mysql_item = mysql_item_data.to_dict()
            mysql.append(mysql_item)

        name = self.name

        postgres = []
        for postgres_item_data in self.postgres:
            postgres_item = postgres_item_data.to_dict()
            postgres.append(postgres_item)

        redis = []
        for redis_item_data in self.redis:
            redis_item = redis_item_data.to_dict()
            redis.append(redis_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        env = self.env

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applications": applications,
                "compose": compose,
                "environmentId": environment_id,
                "isDefault": is_default,
                "libsql": libsql,
                "mariadb": mariadb,
                "mongo": mongo,
                "mysql": mysql,
                "name": name,
                "postgres": postgres,
                "redis": redis,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if env is not UNSET:
            field_dict["env"] = env
        if project is not UNSET:
            field_dict["project"] = project
        if project_id is not UNSET:
            field_dict["projectId"] = project_id

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
        applications = []
        _applications = d.pop("applications")
        for applications_item_data in _applications:
            applications_item = ApplicationSummary.from_dict(applications_item_data)

            applications.append(applications_item)

        compose = []
        _compose = d.pop("compose")
        for compose_item_data in _compose:
            compose_item = ComposeSummary.from_dict(compose_item_data)

            compose.append(compose_item)

        environment_id = d.pop("environmentId")

        is_default = d.pop("isDefault")

        libsql = []
        _libsql = d.pop("libsql")
        for libsql_item_data in _libsql:
            libsql_item = LibsqlSummary.from_dict(libsql_item_data)

            libsql.append(libsql_item)

        mariadb = []
        _mariadb = d.pop("mariadb")
        for mariadb_item_data in _mariadb:
            mariadb_item = MariadbSummary.from_dict(mariadb_item_data)

            mariadb.append(mariadb_item)

        mongo = []
        _mongo = d.pop("mongo")
        for mongo_item_data in _mongo:
            mongo_item = MongoSummary.from_dict(mongo_item_data)

            mongo.append(mongo_item)

        mysql = []
        _mysql = d.pop("mysql")
        for mysql_item_data in _mysql:
            mysql_item = MysqlSummary.from_dict(mysql_item_data)

            mysql.append(mysql_item)

        name = d.pop("name")

        postgres = []
        _postgres = d.pop("postgres")
        for postgres_item_data in _postgres:
            postgres_item = PostgresSummary.from_dict(postgres_item_data)

            postgres.append(postgres_item)

        redis = []
        _redis = d.pop("redis")
        for redis_item_data in _redis:
            redis_item = RedisSummary.from_dict(redis_item_data)

            redis.append(redis_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        env = d.pop("env", UNSET)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        project_id = d.pop("projectId", UNSET)

        environment_summary = cls(
            applications=applications,
            compose=compose,
            environment_id=environment_id,
            is_default=is_default,
            libsql=libsql,
            mariadb=mariadb,
            mongo=mongo,
            mysql=mysql,
            name=name,
            postgres=postgres,
            redis=redis,
            description=description,
            env=env,
            project=project,
            project_id=project_id,
        )

        environment_summary.additional_properties = d
        return environment_summary

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
