from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.environment import Environment


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project: the top of the hierarchy. project.all and project.one nest its environments.

    Attributes:
        project_id (str | Unset):
        name (str | Unset):
        description (None | str | Unset):
        created_at (str | Unset):
        organization_id (str | Unset):
        env (str | Unset):
        environments (list[Environment] | Unset):
        project_tags (list[Any] | Unset): Tag assignments (shape not captured).
    """

    project_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    env: str | Unset = _attrs_field(default=UNSET, repr=masked)
    environments: list[Environment] | Unset = UNSET
    project_tags: list[Any] | Unset = UNSET
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

        environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = []
            for environments_item_data in self.environments:
                environments_item = environments_item_data.to_dict()
                environments.append(environments_item)

        project_tags: list[Any] | Unset = UNSET
        if not isinstance(self.project_tags, Unset):
            project_tags = self.project_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
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
        if environments is not UNSET:
            field_dict["environments"] = environments
        if project_tags is not UNSET:
            field_dict["projectTags"] = project_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment import Environment  # noqa: PLC0415

        d = dict(src_dict)
        project_id = d.pop("projectId", UNSET)

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

        _environments = d.pop("environments", UNSET)
        environments: list[Environment] | Unset = UNSET
        if _environments is not UNSET:
            environments = []
            for environments_item_data in _environments:
                environments_item = Environment.from_dict(environments_item_data)

                environments.append(environments_item)

        project_tags = cast(list[Any], d.pop("projectTags", UNSET))

        project = cls(
            project_id=project_id,
            name=name,
            description=description,
            created_at=created_at,
            organization_id=organization_id,
            env=env,
            environments=environments,
            project_tags=project_tags,
        )

        project.additional_properties = d
        return project

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
