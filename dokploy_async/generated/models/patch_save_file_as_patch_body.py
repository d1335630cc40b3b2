from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_save_file_as_patch_body_patch_type import (
    PatchSaveFileAsPatchBodyPatchType,
    check_patch_save_file_as_patch_body_patch_type,
)
from ..models.patch_save_file_as_patch_body_type import (
    PatchSaveFileAsPatchBodyType,
    check_patch_save_file_as_patch_body_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchSaveFileAsPatchBody")


@_attrs_define
class PatchSaveFileAsPatchBody:
    """
    Attributes:
        id (str):
        type_ (PatchSaveFileAsPatchBodyType):
        file_path (str):
        content (str):
        patch_type (PatchSaveFileAsPatchBodyPatchType | Unset):
    """

    id: str
    type_: PatchSaveFileAsPatchBodyType
    file_path: str
    content: str
    patch_type: PatchSaveFileAsPatchBodyPatchType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        file_path = self.file_path

        content = self.content

        patch_type: str | Unset = UNSET
        if not isinstance(self.patch_type, Unset):
            patch_type = self.patch_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "filePath": file_path,
                "content": content,
            }
        )
        if patch_type is not UNSET:
            field_dict["patchType"] = patch_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_patch_save_file_as_patch_body_type(d.pop("type"))

        file_path = d.pop("filePath")

        content = d.pop("content")

        _patch_type = d.pop("patchType", UNSET)
        patch_type: PatchSaveFileAsPatchBodyPatchType | Unset
        if isinstance(_patch_type, Unset):
            patch_type = UNSET
        else:
            patch_type = check_patch_save_file_as_patch_body_patch_type(_patch_type)

        patch_save_file_as_patch_body = cls(
            id=id,
            type_=type_,
            file_path=file_path,
            content=content,
            patch_type=patch_type,
        )

        patch_save_file_as_patch_body.additional_properties = d
        return patch_save_file_as_patch_body

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
