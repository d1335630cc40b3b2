from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.environment_summary import EnvironmentSummary


T = TypeVar("T", bound="ProjectAllForPermissionsItem")


@_attrs_define
class ProjectAllForPermissionsItem:
    """
    Attributes:
        environments (list[EnvironmentSummary]):
        name (str):
        project_id (str):
    """

    environments: list[EnvironmentSummary]
    name: str
    project_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environments = []
        for environments_item_data in self.environments:
            environments_item = environments_item_data.to_dict()
            environments.append(environments_item)

        name = self.name

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environments": environments,
                "name": name,
                "projectId": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment_summary import EnvironmentSummary  # noqa: PLC0415

        d = dict(src_dict)
        environments = []
        _environments = d.pop("environments")
        for environments_item_data in _environments:
            environments_item = EnvironmentSummary.from_dict(environments_item_data)

            environments.append(environments_item)

        name = d.pop("name")

        project_id = d.pop("projectId")

        project_all_for_permissions_item = cls(
            environments=environments,
            name=name,
            project_id=project_id,
        )

        project_all_for_permissions_item.additional_properties = d
        return project_all_for_permissions_item

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
