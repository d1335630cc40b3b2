from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backup_metadata_type_0_mariadb import BackupMetadataType0Mariadb
    from ..models.backup_metadata_type_0_mongo import BackupMetadataType0Mongo
    from ..models.backup_metadata_type_0_mysql import BackupMetadataType0Mysql
    from ..models.backup_metadata_type_0_postgres import BackupMetadataType0Postgres


T = TypeVar("T", bound="BackupMetadataType0")


@_attrs_define
class BackupMetadataType0:
    """
    Attributes:
        mariadb (BackupMetadataType0Mariadb | Unset):
        mongo (BackupMetadataType0Mongo | Unset):
        mysql (BackupMetadataType0Mysql | Unset):
        postgres (BackupMetadataType0Postgres | Unset):
    """

    mariadb: BackupMetadataType0Mariadb | Unset = UNSET
    mongo: BackupMetadataType0Mongo | Unset = UNSET
    mysql: BackupMetadataType0Mysql | Unset = UNSET
    postgres: BackupMetadataType0Postgres | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mariadb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mariadb, Unset):
            mariadb = self.mariadb.to_dict()

        mongo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mongo, Unset):
            mongo = self.mongo.to_dict()

        mysql: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mysql, Unset):
            mysql = self.mysql.to_dict()

        postgres: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postgres, Unset):
            postgres = self.postgres.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mariadb is not UNSET:
            field_dict["mariadb"] = mariadb
        if mongo is not UNSET:
            field_dict["mongo"] = mongo
        if mysql is not UNSET:
            field_dict["mysql"] = mysql
        if postgres is not UNSET:
            field_dict["postgres"] = postgres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backup_metadata_type_0_mariadb import BackupMetadataType0Mariadb  # noqa: PLC0415
        from ..models.backup_metadata_type_0_mongo import BackupMetadataType0Mongo  # noqa: PLC0415
        from ..models.backup_metadata_type_0_mysql import BackupMetadataType0Mysql  # noqa: PLC0415
        from ..models.backup_metadata_type_0_postgres import BackupMetadataType0Postgres  # noqa: PLC0415

        d = dict(src_dict)
        _mariadb = d.pop("mariadb", UNSET)
        mariadb: BackupMetadataType0Mariadb | Unset
        if isinstance(_mariadb, Unset):
            mariadb = UNSET
        else:
            mariadb = BackupMetadataType0Mariadb.from_dict(_mariadb)

        _mongo = d.pop("mongo", UNSET)
        mongo: BackupMetadataType0Mongo | Unset
        if isinstance(_mongo, Unset):
            mongo = UNSET
        else:
            mongo = BackupMetadataType0Mongo.from_dict(_mongo)

        _mysql = d.pop("mysql", UNSET)
        mysql: BackupMetadataType0Mysql | Unset
        if isinstance(_mysql, Unset):
            mysql = UNSET
        else:
            mysql = BackupMetadataType0Mysql.from_dict(_mysql)

        _postgres = d.pop("postgres", UNSET)
        postgres: BackupMetadataType0Postgres | Unset
        if isinstance(_postgres, Unset):
            postgres = UNSET
        else:
            postgres = BackupMetadataType0Postgres.from_dict(_postgres)

        backup_metadata_type_0 = cls(
            mariadb=mariadb,
            mongo=mongo,
            mysql=mysql,
            postgres=postgres,
        )

        backup_metadata_type_0.additional_properties = d
        return backup_metadata_type_0

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
