from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComposeDeleteBody")


@_attrs_define
class ComposeDeleteBody:
    """
    Attributes:
        compose_id (str):
        delete_volumes (bool):
    """

    compose_id: str
    delete_volumes: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compose_id = self.compose_id

        delete_volumes = self.delete_volumes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "composeId": compose_id,
                "deleteVolumes": delete_volumes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compose_id = d.pop("composeId")

        delete_volumes = d.pop("deleteVolumes")

        compose_delete_body = cls(
            compose_id=compose_id,
            delete_volumes=delete_volumes,
        )

        compose_delete_body.additional_properties = d
        return compose_delete_body

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
