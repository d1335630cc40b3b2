from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_update_body_type import PatchUpdateBodyType, check_patch_update_body_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchUpdateBody")


@_attrs_define
class PatchUpdateBody:
    """
    Attributes:
        patch_id (str):
        type_ (PatchUpdateBodyType | Unset):
        file_path (str | Unset):
        enabled (bool | Unset):
        content (str | Unset):
        created_at (str | Unset):
        updated_at (None | str | Unset):
    """

    patch_id: str
    type_: PatchUpdateBodyType | Unset = UNSET
    file_path: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    content: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patch_id = self.patch_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        file_path = self.file_path

        enabled = self.enabled

        content = self.content

        created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patchId": patch_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if content is not UNSET:
            field_dict["content"] = content
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        patch_id = d.pop("patchId")

        _type_ = d.pop("type", UNSET)
        type_: PatchUpdateBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_patch_update_body_type(_type_)

        file_path = d.pop("filePath", UNSET)

        enabled = d.pop("enabled", UNSET)

        content = d.pop("content", UNSET)

        created_at = d.pop("createdAt", UNSET)

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        patch_update_body = cls(
            patch_id=patch_id,
            type_=type_,
            file_path=file_path,
            enabled=enabled,
            content=content,
            created_at=created_at,
            updated_at=updated_at,
        )

        patch_update_body.additional_properties = d
        return patch_update_body

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
