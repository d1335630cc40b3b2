from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_mark_file_for_deletion_body_type import (
    PatchMarkFileForDeletionBodyType,
    check_patch_mark_file_for_deletion_body_type,
)

T = TypeVar("T", bound="PatchMarkFileForDeletionBody")


@_attrs_define
class PatchMarkFileForDeletionBody:
    """
    Attributes:
        id (str):
        type_ (PatchMarkFileForDeletionBodyType):
        file_path (str):
    """

    id: str
    type_: PatchMarkFileForDeletionBodyType
    file_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        file_path = self.file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "filePath": file_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_patch_mark_file_for_deletion_body_type(d.pop("type"))

        file_path = d.pop("filePath")

        patch_mark_file_for_deletion_body = cls(
            id=id,
            type_=type_,
            file_path=file_path,
        )

        patch_mark_file_for_deletion_body.additional_properties = d
        return patch_mark_file_for_deletion_body

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
