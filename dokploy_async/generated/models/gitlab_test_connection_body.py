from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GitlabTestConnectionBody")


@_attrs_define
class GitlabTestConnectionBody:
    """
    Attributes:
        gitlab_id (str):
        group_name (str | Unset):
    """

    gitlab_id: str
    group_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gitlab_id = self.gitlab_id

        group_name = self.group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gitlabId": gitlab_id,
            }
        )
        if group_name is not UNSET:
            field_dict["groupName"] = group_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gitlab_id = d.pop("gitlabId")

        group_name = d.pop("groupName", UNSET)

        gitlab_test_connection_body = cls(
            gitlab_id=gitlab_id,
            group_name=group_name,
        )

        gitlab_test_connection_body.additional_properties = d
        return gitlab_test_connection_body

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
