from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComposeDeployResult")


@_attrs_define
class ComposeDeployResult:
    """What compose.deploy returns once the job is queued.

    Attributes:
        success (bool | Unset):
        message (str | Unset):
        compose_id (str | Unset):
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    compose_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        compose_id = self.compose_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        compose_id = d.pop("composeId", UNSET)

        compose_deploy_result = cls(
            success=success,
            message=message,
            compose_id=compose_id,
        )

        compose_deploy_result.additional_properties = d
        return compose_deploy_result

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
