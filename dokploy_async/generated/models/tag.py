from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """A record of Dokploy's `tags` table.

    Attributes:
        color (None | str):
        created_at (str):
        name (str):
        organization_id (str):
        tag_id (str):
    """

    color: None | str
    created_at: str
    name: str
    organization_id: str
    tag_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color: None | str
        color = self.color

        created_at = self.created_at

        name = self.name

        organization_id = self.organization_id

        tag_id = self.tag_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "color": color,
                "createdAt": created_at,
                "name": name,
                "organizationId": organization_id,
                "tagId": tag_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_color(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        color = _parse_color(d.pop("color"))

        created_at = d.pop("createdAt")

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        tag_id = d.pop("tagId")

        tag = cls(
            color=color,
            created_at=created_at,
            name=name,
            organization_id=organization_id,
            tag_id=tag_id,
        )

        tag.additional_properties = d
        return tag

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
