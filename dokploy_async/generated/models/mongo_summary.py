from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mongo_summary_application_status import (
    MongoSummaryApplicationStatus,
    check_mongo_summary_application_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mongo_summary_server_type_0_type_0 import MongoSummaryServerType0Type0
    from ..models.mongo_summary_server_type_1_type_0 import MongoSummaryServerType1Type0


T = TypeVar("T", bound="MongoSummary")


@_attrs_define
class MongoSummary:
    """A partial record of Dokploy's `mongo` table.

    Attributes:
        mongo_id (str):
        app_name (str | Unset):
        application_status (MongoSummaryApplicationStatus | Unset):
        created_at (str | Unset):
        description (None | str | Unset):
        environment_id (str | Unset):
        name (str | Unset):
        server (MongoSummaryServerType0Type0 | MongoSummaryServerType1Type0 | None | Unset):
        server_id (None | str | Unset):
    """

    mongo_id: str
    app_name: str | Unset = UNSET
    application_status: MongoSummaryApplicationStatus | Unset = UNSET
    created_at: str | Unset = UNSET
    description: None | str | Unset = UNSET
    environment_id: str | Unset = UNSET
    name: str | Unset = UNSET
    server: MongoSummaryServerType0Type0 | MongoSummaryServerType1Type0 | None | Unset = UNSET
    server_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mongo_summary_server_type_0_type_0 import MongoSummaryServerType0Type0  # noqa: PLC0415
        from ..models.mongo_summary_server_type_1_type_0 import MongoSummaryServerType1Type0  # noqa: PLC0415

        mongo_id = self.mongo_id

        app_name = self.app_name

        application_status: str | Unset = UNSET
        if not isinstance(self.application_status, Unset):
            application_status = self.application_status

        created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        environment_id = self.environment_id

        name = self.name

        server: dict[str, Any] | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        elif isinstance(self.server, MongoSummaryServerType0Type0):
            server = self.server.to_dict()
        elif isinstance(self.server, MongoSummaryServerType1Type0):
            server = self.server.to_dict()
        else:
            server = self.server

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mongoId": mongo_id,
            }
        )
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if application_status is not UNSET:
            field_dict["applicationStatus"] = application_status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if name is not UNSET:
            field_dict["name"] = name
        if server is not UNSET:
            field_dict["server"] = server
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mongo_summary_server_type_0_type_0 import MongoSummaryServerType0Type0  # noqa: PLC0415
        from ..models.mongo_summary_server_type_1_type_0 import MongoSummaryServerType1Type0  # noqa: PLC0415

        d = dict(src_dict)
        mongo_id = d.pop("mongoId")

        app_name = d.pop("appName", UNSET)

        _application_status = d.pop("applicationStatus", UNSET)
        application_status: MongoSummaryApplicationStatus | Unset
        if isinstance(_application_status, Unset):
            application_status = UNSET
        else:
            application_status = check_mongo_summary_application_status(_application_status)

        created_at = d.pop("createdAt", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        environment_id = d.pop("environmentId", UNSET)

        name = d.pop("name", UNSET)

        def _parse_server(
            data: object,
        ) -> MongoSummaryServerType0Type0 | MongoSummaryServerType1Type0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_0_type_0 = MongoSummaryServerType0Type0.from_dict(data)

                return server_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_1_type_0 = MongoSummaryServerType1Type0.from_dict(data)

                return server_type_1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MongoSummaryServerType0Type0 | MongoSummaryServerType1Type0 | None | Unset, data
            )

        server = _parse_server(d.pop("server", UNSET))

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        mongo_summary = cls(
            mongo_id=mongo_id,
            app_name=app_name,
            application_status=application_status,
            created_at=created_at,
            description=description,
            environment_id=environment_id,
            name=name,
            server=server,
            server_id=server_id,
        )

        mongo_summary.additional_properties = d
        return mongo_summary

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
