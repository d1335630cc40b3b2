from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_type import PatchType, check_patch_type

T = TypeVar("T", bound="Patch")


@_attrs_define
class Patch:
    """A record of Dokploy's `patch` table.

    Attributes:
        application_id (None | str):
        compose_id (None | str):
        content (str):
        created_at (str):
        enabled (bool):
        file_path (str):
        patch_id (str):
        type_ (PatchType):
        updated_at (None | str):
    """

    application_id: None | str
    compose_id: None | str
    content: str
    created_at: str
    enabled: bool
    file_path: str
    patch_id: str
    type_: PatchType
    updated_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id: None | str
        application_id = self.application_id

        compose_id: None | str
        compose_id = self.compose_id

        content = self.content

        created_at = self.created_at

        enabled = self.enabled

        file_path = self.file_path

        patch_id = self.patch_id

        type_: str = self.type_

        updated_at: None | str
        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "composeId": compose_id,
                "content": content,
                "createdAt": created_at,
                "enabled": enabled,
                "filePath": file_path,
                "patchId": patch_id,
                "type": type_,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_application_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_id = _parse_application_id(d.pop("applicationId"))

        def _parse_compose_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        compose_id = _parse_compose_id(d.pop("composeId"))

        content = d.pop("content")

        created_at = d.pop("createdAt")

        enabled = d.pop("enabled")

        file_path = d.pop("filePath")

        patch_id = d.pop("patchId")

        type_ = check_patch_type(d.pop("type"))

        def _parse_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_at = _parse_updated_at(d.pop("updatedAt"))

        patch = cls(
            application_id=application_id,
            compose_id=compose_id,
            content=content,
            created_at=created_at,
            enabled=enabled,
            file_path=file_path,
            patch_id=patch_id,
            type_=type_,
            updated_at=updated_at,
        )

        patch.additional_properties = d
        return patch

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
