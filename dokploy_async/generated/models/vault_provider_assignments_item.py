from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VaultProviderAssignmentsItem")


@_attrs_define
class VaultProviderAssignmentsItem:
    """
    Attributes:
        environment_ids (list[str]):
        project_id (str):
    """

    environment_ids: list[str]
    project_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_ids = self.environment_ids

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environmentIds": environment_ids,
                "projectId": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment_ids = cast(list[str], d.pop("environmentIds"))

        project_id = d.pop("projectId")

        vault_provider_assignments_item = cls(
            environment_ids=environment_ids,
            project_id=project_id,
        )

        vault_provider_assignments_item.additional_properties = d
        return vault_provider_assignments_item

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
