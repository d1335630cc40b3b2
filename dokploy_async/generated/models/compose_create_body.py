from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compose_create_body_compose_type import (
    ComposeCreateBodyComposeType,
    check_compose_create_body_compose_type,
)
from ..models.compose_create_body_source_type import (
    ComposeCreateBodySourceType,
    check_compose_create_body_source_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComposeCreateBody")


@_attrs_define
class ComposeCreateBody:
    """
    Attributes:
        name (str):
        environment_id (str):
        description (None | str | Unset):
        compose_type (ComposeCreateBodyComposeType | Unset):
        app_name (str | Unset):
        server_id (None | str | Unset):
        compose_file (str | Unset):
        source_type (ComposeCreateBodySourceType | Unset):
    """

    name: str
    environment_id: str
    description: None | str | Unset = UNSET
    compose_type: ComposeCreateBodyComposeType | Unset = UNSET
    app_name: str | Unset = UNSET
    server_id: None | str | Unset = UNSET
    compose_file: str | Unset = UNSET
    source_type: ComposeCreateBodySourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        environment_id = self.environment_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        compose_type: str | Unset = UNSET
        if not isinstance(self.compose_type, Unset):
            compose_type = self.compose_type

        app_name = self.app_name

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        compose_file = self.compose_file

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
        if description is not UNSET:
            field_dict["description"] = description
        if compose_type is not UNSET:
            field_dict["composeType"] = compose_type
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if compose_file is not UNSET:
            field_dict["composeFile"] = compose_file
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        environment_id = d.pop("environmentId")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _compose_type = d.pop("composeType", UNSET)
        compose_type: ComposeCreateBodyComposeType | Unset
        if isinstance(_compose_type, Unset):
            compose_type = UNSET
        else:
            compose_type = check_compose_create_body_compose_type(_compose_type)

        app_name = d.pop("appName", UNSET)

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        compose_file = d.pop("composeFile", UNSET)

        _source_type = d.pop("sourceType", UNSET)
        source_type: ComposeCreateBodySourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = check_compose_create_body_source_type(_source_type)

        compose_create_body = cls(
            name=name,
            environment_id=environment_id,
            description=description,
            compose_type=compose_type,
            app_name=app_name,
            server_id=server_id,
            compose_file=compose_file,
            source_type=source_type,
        )

        compose_create_body.additional_properties = d
        return compose_create_body

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
