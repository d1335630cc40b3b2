from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_create_body_type import PatchCreateBodyType, check_patch_create_body_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchCreateBody")


@_attrs_define
class PatchCreateBody:
    """
    Attributes:
        file_path (str):
        content (str):
        type_ (PatchCreateBodyType | Unset):
        enabled (bool | Unset):
        application_id (None | str | Unset):
        compose_id (None | str | Unset):
    """

    file_path: str
    content: str
    type_: PatchCreateBodyType | Unset = UNSET
    enabled: bool | Unset = UNSET
    application_id: None | str | Unset = UNSET
    compose_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_path = self.file_path

        content = self.content

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        enabled = self.enabled

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filePath": file_path,
                "content": content,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_path = d.pop("filePath")

        content = d.pop("content")

        _type_ = d.pop("type", UNSET)
        type_: PatchCreateBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_patch_create_body_type(_type_)

        enabled = d.pop("enabled", UNSET)

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

        patch_create_body = cls(
            file_path=file_path,
            content=content,
            type_=type_,
            enabled=enabled,
            application_id=application_id,
            compose_id=compose_id,
        )

        patch_create_body.additional_properties = d
        return patch_create_body

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
