from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.application import Application
    from ..models.compose import Compose
    from ..models.mariadb import Mariadb
    from ..models.mongo import Mongo
    from ..models.mysql import Mysql
    from ..models.postgres import Postgres
    from ..models.project import Project
    from ..models.redis import Redis


T = TypeVar("T", bound="Environment")


@_attrs_define
class Environment:
    """An environment of a project (a default "production" one is created with the project). Reads nest its services;
    environment.one and environment.byProjectId nest the project.

        Attributes:
            environment_id (str | Unset):
            name (str | Unset):
            description (None | str | Unset):
            created_at (str | Unset):
            env (str | Unset):
            project_id (str | Unset):
            is_default (bool | Unset):
            project (Project | Unset): A project: the top of the hierarchy. project.all and project.one nest its
                environments.
            applications (list[Application] | Unset):
            mariadb (list[Mariadb] | Unset):
            mongo (list[Mongo] | Unset):
            mysql (list[Mysql] | Unset):
            postgres (list[Postgres] | Unset):
            redis (list[Redis] | Unset):
            compose (list[Compose] | Unset):
            libsql (list[Any] | Unset): Libsql services (newer versions; shape not captured).
    """

    environment_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    env: str | Unset = _attrs_field(default=UNSET, repr=masked)
    project_id: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    project: Project | Unset = UNSET
    applications: list[Application] | Unset = UNSET
    mariadb: list[Mariadb] | Unset = UNSET
    mongo: list[Mongo] | Unset = UNSET
    mysql: list[Mysql] | Unset = UNSET
    postgres: list[Postgres] | Unset = UNSET
    redis: list[Redis] | Unset = UNSET
    compose: list[Compose] | Unset = UNSET
    libsql: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_at = self.created_at

        env = self.env

        project_id = self.project_id

        is_default = self.is_default

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

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

        redis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.redis, Unset):
            redis = []
            for redis_item_data in self.redis:
                redis_item = redis_item_data.to_dict()
                redis.append(redis_item)

        compose: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.compose, Unset):
            compose = []
            for compose_item_data in self.compose:
                compose_item = compose_item_data.to_dict()
                compose.append(compose_item)

        libsql: list[Any] | Unset = UNSET
        if not isinstance(self.libsql, Unset):
            libsql = self.libsql

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if env is not UNSET:
            field_dict["env"] = env
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if project is not UNSET:
            field_dict["project"] = project
        if applications is not UNSET:
            field_dict["applications"] = applications
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
        if compose is not UNSET:
            field_dict["compose"] = compose
        if libsql is not UNSET:
            field_dict["libsql"] = libsql

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application import Application  # noqa: PLC0415
        from ..models.compose import Compose  # noqa: PLC0415
        from ..models.mariadb import Mariadb  # noqa: PLC0415
        from ..models.mongo import Mongo  # noqa: PLC0415
        from ..models.mysql import Mysql  # noqa: PLC0415
        from ..models.postgres import Postgres  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.redis import Redis  # noqa: PLC0415

        d = dict(src_dict)
        environment_id = d.pop("environmentId", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        created_at = d.pop("createdAt", UNSET)

        env = d.pop("env", UNSET)

        project_id = d.pop("projectId", UNSET)

        is_default = d.pop("isDefault", UNSET)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _applications = d.pop("applications", UNSET)
        applications: list[Application] | Unset = UNSET
        if _applications is not UNSET:
            applications = []
            for applications_item_data in _applications:
                applications_item = Application.from_dict(applications_item_data)

                applications.append(applications_item)

        _mariadb = d.pop("mariadb", UNSET)
        mariadb: list[Mariadb] | Unset = UNSET
        if _mariadb is not UNSET:
            mariadb = []
            for mariadb_item_data in _mariadb:
                mariadb_item = Mariadb.from_dict(mariadb_item_data)

                mariadb.append(mariadb_item)

        _mongo = d.pop("mongo", UNSET)
        mongo: list[Mongo] | Unset = UNSET
        if _mongo is not UNSET:
            mongo = []
            for mongo_item_data in _mongo:
                mongo_item = Mongo.from_dict(mongo_item_data)

                mongo.append(mongo_item)

        _mysql = d.pop("mysql", UNSET)
        mysql: list[Mysql] | Unset = UNSET
        if _mysql is not UNSET:
            mysql = []
            for mysql_item_data in _mysql:
                mysql_item = Mysql.from_dict(mysql_item_data)

                mysql.append(mysql_item)

        _postgres = d.pop("postgres", UNSET)
        postgres: list[Postgres] | Unset = UNSET
        if _postgres is not UNSET:
            postgres = []
            for postgres_item_data in _postgres:
                postgres_item = Postgres.from_dict(postgres_item_data)

                postgres.append(postgres_item)

        _redis = d.pop("redis", UNSET)
        redis: list[Redis] | Unset = UNSET
        if _redis is not UNSET:
            redis = []
            for redis_item_data in _redis:
                redis_item = Redis.from_dict(redis_item_data)

                redis.append(redis_item)

        _compose = d.pop("compose", UNSET)
        compose: list[Compose] | Unset = UNSET
        if _compose is not UNSET:
            compose = []
            for compose_item_data in _compose:
                compose_item = Compose.from_dict(compose_item_data)

                compose.append(compose_item)

        libsql = cast(list[Any], d.pop("libsql", UNSET))

        environment = cls(
            environment_id=environment_id,
            name=name,
            description=description,
            created_at=created_at,
            env=env,
            project_id=project_id,
            is_default=is_default,
            project=project,
            applications=applications,
            mariadb=mariadb,
            mongo=mongo,
            mysql=mysql,
            postgres=postgres,
            redis=redis,
            compose=compose,
            libsql=libsql,
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
