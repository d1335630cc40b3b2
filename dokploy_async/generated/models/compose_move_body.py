from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComposeMoveBody")


@_attrs_define
class ComposeMoveBody:
    """
    Attributes:
        compose_id (str):
        target_environment_id (str):
    """

    compose_id: str
    target_environment_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compose_id = self.compose_id

        target_environment_id = self.target_environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "composeId": compose_id,
                "targetEnvironmentId": target_environment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compose_id = d.pop("composeId")

        target_environment_id = d.pop("targetEnvironmentId")

        compose_move_body = cls(
            compose_id=compose_id,
            target_environment_id=target_environment_id,
        )

        compose_move_body.additional_properties = d
        return compose_move_body

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
