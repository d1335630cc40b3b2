from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_create_body_source_type import (
    ApplicationCreateBodySourceType,
    check_application_create_body_source_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationCreateBody")


@_attrs_define
class ApplicationCreateBody:
    """
    Attributes:
        name (str):
        environment_id (str):
        app_name (str | Unset):
        description (None | str | Unset):
        server_id (None | str | Unset):
        source_type (ApplicationCreateBodySourceType | Unset):
    """

    name: str
    environment_id: str
    app_name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    server_id: None | str | Unset = UNSET
    source_type: ApplicationCreateBodySourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        environment_id = self.environment_id

        app_name = self.app_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "environmentId": environment_id,
            }
        )
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if description is not UNSET:
            field_dict["description"] = description
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        environment_id = d.pop("environmentId")

        app_name = d.pop("appName", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        _source_type = d.pop("sourceType", UNSET)
        source_type: ApplicationCreateBodySourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = check_application_create_body_source_type(_source_type)

        application_create_body = cls(
            name=name,
            environment_id=environment_id,
            app_name=app_name,
            description=description,
            server_id=server_id,
            source_type=source_type,
        )

        application_create_body.additional_properties = d
        return application_create_body

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
