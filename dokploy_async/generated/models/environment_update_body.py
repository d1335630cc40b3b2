from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="EnvironmentUpdateBody")


@_attrs_define
class EnvironmentUpdateBody:
    """
    Attributes:
        environment_id (str):
        name (str | Unset):
        description (str | Unset):
        project_id (str | Unset):
        env (str | Unset):
    """

    environment_id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    project_id: str | Unset = UNSET
    env: str | Unset = _attrs_field(default=UNSET, repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        name = self.name

        description = self.description

        project_id = self.project_id

        env = self.env

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environmentId": environment_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if env is not UNSET:
            field_dict["env"] = env

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment_id = d.pop("environmentId")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        project_id = d.pop("projectId", UNSET)

        env = d.pop("env", UNSET)

        environment_update_body = cls(
            environment_id=environment_id,
            name=name,
            description=description,
            project_id=project_id,
            env=env,
        )

        environment_update_body.additional_properties = d
        return environment_update_body

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
