from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_duplicate_body_selected_services_item import (
        ProjectDuplicateBodySelectedServicesItem,
    )


T = TypeVar("T", bound="ProjectDuplicateBody")


@_attrs_define
class ProjectDuplicateBody:
    """
    Attributes:
        source_environment_id (str):
        name (str):
        description (str | Unset):
        include_services (bool | Unset):
        selected_services (list[ProjectDuplicateBodySelectedServicesItem] | Unset):
        duplicate_in_same_project (bool | Unset):
    """

    source_environment_id: str
    name: str
    description: str | Unset = UNSET
    include_services: bool | Unset = UNSET
    selected_services: list[ProjectDuplicateBodySelectedServicesItem] | Unset = UNSET
    duplicate_in_same_project: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_environment_id = self.source_environment_id

        name = self.name

        description = self.description

        include_services = self.include_services

        selected_services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_services, Unset):
            selected_services = []
            for selected_services_item_data in self.selected_services:
                selected_services_item = selected_services_item_data.to_dict()
                selected_services.append(selected_services_item)

        duplicate_in_same_project = self.duplicate_in_same_project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceEnvironmentId": source_environment_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if include_services is not UNSET:
            field_dict["includeServices"] = include_services
        if selected_services is not UNSET:
            field_dict["selectedServices"] = selected_services
        if duplicate_in_same_project is not UNSET:
            field_dict["duplicateInSameProject"] = duplicate_in_same_project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_duplicate_body_selected_services_item import (
            ProjectDuplicateBodySelectedServicesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        source_environment_id = d.pop("sourceEnvironmentId")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        include_services = d.pop("includeServices", UNSET)

        _selected_services = d.pop("selectedServices", UNSET)
        selected_services: list[ProjectDuplicateBodySelectedServicesItem] | Unset = UNSET
        if _selected_services is not UNSET:
            selected_services = []
            for selected_services_item_data in _selected_services:
                selected_services_item = ProjectDuplicateBodySelectedServicesItem.from_dict(
                    selected_services_item_data
                )

                selected_services.append(selected_services_item)

        duplicate_in_same_project = d.pop("duplicateInSameProject", UNSET)

        project_duplicate_body = cls(
            source_environment_id=source_environment_id,
            name=name,
            description=description,
            include_services=include_services,
            selected_services=selected_services,
            duplicate_in_same_project=duplicate_in_same_project,
        )

        project_duplicate_body.additional_properties = d
        return project_duplicate_body

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
