from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="ProjectUpdateBody")


@_attrs_define
class ProjectUpdateBody:
    """
    Attributes:
        project_id (str):
        name (str | Unset):
        description (None | str | Unset):
        created_at (str | Unset):
        organization_id (str | Unset):
        env (str | Unset):
    """

    project_id: str
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    env: str | Unset = _attrs_field(default=UNSET, repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_at = self.created_at

        organization_id = self.organization_id

        env = self.env

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if env is not UNSET:
            field_dict["env"] = env

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        created_at = d.pop("createdAt", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        env = d.pop("env", UNSET)

        project_update_body = cls(
            project_id=project_id,
            name=name,
            description=description,
            created_at=created_at,
            organization_id=organization_id,
            env=env,
        )

        project_update_body.additional_properties = d
        return project_update_body

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
