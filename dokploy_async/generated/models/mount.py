from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Mount")


@_attrs_define
class Mount:
    """A volume, bind or file mount of a service.

    Attributes:
        mount_id (str | Unset):
        type_ (str | Unset): one of: bind, volume, file (others may appear)
        host_path (None | str | Unset):
        volume_name (None | str | Unset):
        file_path (None | str | Unset):
        content (None | str | Unset):
        service_type (str | Unset): one of: application, postgres, mysql, mariadb, mongo, redis, compose, libsql (others
            may appear)
        mount_path (str | Unset):
        application_id (None | str | Unset):
        compose_id (None | str | Unset):
        libsql_id (None | str | Unset):
        mariadb_id (None | str | Unset):
        mongo_id (None | str | Unset):
        mysql_id (None | str | Unset):
        postgres_id (None | str | Unset):
        redis_id (None | str | Unset):
    """

    mount_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    host_path: None | str | Unset = UNSET
    volume_name: None | str | Unset = UNSET
    file_path: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    service_type: str | Unset = UNSET
    mount_path: str | Unset = UNSET
    application_id: None | str | Unset = UNSET
    compose_id: None | str | Unset = UNSET
    libsql_id: None | str | Unset = UNSET
    mariadb_id: None | str | Unset = UNSET
    mongo_id: None | str | Unset = UNSET
    mysql_id: None | str | Unset = UNSET
    postgres_id: None | str | Unset = UNSET
    redis_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mount_id = self.mount_id

        type_ = self.type_

        host_path: None | str | Unset
        if isinstance(self.host_path, Unset):
            host_path = UNSET
        else:
            host_path = self.host_path

        volume_name: None | str | Unset
        if isinstance(self.volume_name, Unset):
            volume_name = UNSET
        else:
            volume_name = self.volume_name

        file_path: None | str | Unset
        if isinstance(self.file_path, Unset):
            file_path = UNSET
        else:
            file_path = self.file_path

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        service_type = self.service_type

        mount_path = self.mount_path

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        compose_id: None | str | Unset
        if isinstance(self.compose_id, Unset):
            compose_id = UNSET
        else:
            compose_id = self.compose_id

        libsql_id: None | str | Unset
        if isinstance(self.libsql_id, Unset):
            libsql_id = UNSET
        else:
            libsql_id = self.libsql_id

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

        postgres_id: None | str | Unset
        if isinstance(self.postgres_id, Unset):
            postgres_id = UNSET
        else:
            postgres_id = self.postgres_id

        redis_id: None | str | Unset
        if isinstance(self.redis_id, Unset):
            redis_id = UNSET
        else:
            redis_id = self.redis_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mount_id is not UNSET:
            field_dict["mountId"] = mount_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if host_path is not UNSET:
            field_dict["hostPath"] = host_path
        if volume_name is not UNSET:
            field_dict["volumeName"] = volume_name
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if content is not UNSET:
            field_dict["content"] = content
        if service_type is not UNSET:
            field_dict["serviceType"] = service_type
        if mount_path is not UNSET:
            field_dict["mountPath"] = mount_path
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id
        if libsql_id is not UNSET:
            field_dict["libsqlId"] = libsql_id
        if mariadb_id is not UNSET:
            field_dict["mariadbId"] = mariadb_id
        if mongo_id is not UNSET:
            field_dict["mongoId"] = mongo_id
        if mysql_id is not UNSET:
            field_dict["mysqlId"] = mysql_id
        if postgres_id is not UNSET:
            field_dict["postgresId"] = postgres_id
        if redis_id is not UNSET:
            field_dict["redisId"] = redis_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mount_id = d.pop("mountId", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_host_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host_path = _parse_host_path(d.pop("hostPath", UNSET))

        def _parse_volume_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_name = _parse_volume_name(d.pop("volumeName", UNSET))

        def _parse_file_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_path = _parse_file_path(d.pop("filePath", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        service_type = d.pop("serviceType", UNSET)

        mount_path = d.pop("mountPath", UNSET)

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("applicationId", UNSET))

        def _parse_compose_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compose_id = _parse_compose_id(d.pop("composeId", UNSET))

        def _parse_libsql_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        libsql_id = _parse_libsql_id(d.pop("libsqlId", UNSET))

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

        def _parse_postgres_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postgres_id = _parse_postgres_id(d.pop("postgresId", UNSET))

        def _parse_redis_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redis_id = _parse_redis_id(d.pop("redisId", UNSET))

        mount = cls(
            mount_id=mount_id,
            type_=type_,
            host_path=host_path,
            volume_name=volume_name,
            file_path=file_path,
            content=content,
            service_type=service_type,
            mount_path=mount_path,
            application_id=application_id,
            compose_id=compose_id,
            libsql_id=libsql_id,
            mariadb_id=mariadb_id,
            mongo_id=mongo_id,
            mysql_id=mysql_id,
            postgres_id=postgres_id,
            redis_id=redis_id,
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
