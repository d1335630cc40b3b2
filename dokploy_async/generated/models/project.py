from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.environment import Environment
    from ..models.environment_summary import EnvironmentSummary
    from ..models.project_tag import ProjectTag


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A record of Dokploy's `projects` table.

    Attributes:
        created_at (str):
        description (None | str):
        env (str):
        name (str):
        organization_id (str):
        project_id (str):
        environments (list[Environment] | list[EnvironmentSummary] | Unset):
        project_tags (list[ProjectTag] | Unset):
    """

    created_at: str
    description: None | str
    env: str = _attrs_field(repr=masked)
    name: str
    organization_id: str
    project_id: str
    environments: list[Environment] | list[EnvironmentSummary] | Unset = UNSET
    project_tags: list[ProjectTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        description: None | str
        description = self.description

        env = self.env

        name = self.name

        organization_id = self.organization_id

        project_id = self.project_id

        environments: list[dict[str, Any]] | Unset
        if isinstance(self.environments, Unset):
            environments = UNSET
        elif isinstance(self.environments, list):
            environments = []
            for environments_type_0_item_data in self.environments:
                environments_type_0_item = environments_type_0_item_data.to_dict()
                environments.append(environments_type_0_item)

        else:
            environments = []
            for environments_type_1_item_data in self.environments:
                environments_type_1_item = environments_type_1_item_data.to_dict()
                environments.append(environments_type_1_item)

        project_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_tags, Unset):
            project_tags = []
            for project_tags_item_data in self.project_tags:
                project_tags_item = project_tags_item_data.to_dict()
                project_tags.append(project_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "description": description,
                "env": env,
                "name": name,
                "organizationId": organization_id,
                "projectId": project_id,
            }
        )
        if environments is not UNSET:
            field_dict["environments"] = environments
        if project_tags is not UNSET:
            field_dict["projectTags"] = project_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.environment_summary import EnvironmentSummary  # noqa: PLC0415
        from ..models.project_tag import ProjectTag  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("createdAt")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        env = d.pop("env")

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        project_id = d.pop("projectId")

        def _parse_environments(
            data: object,
        ) -> list[Environment] | list[EnvironmentSummary] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                environments_type_0 = []
                _environments_type_0 = data
                for environments_type_0_item_data in _environments_type_0:
                    environments_type_0_item = Environment.from_dict(environments_type_0_item_data)

                    environments_type_0.append(environments_type_0_item)

                return environments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            environments_type_1 = []
            _environments_type_1 = data
            for environments_type_1_item_data in _environments_type_1:
                environments_type_1_item = EnvironmentSummary.from_dict(
                    environments_type_1_item_data
                )

                environments_type_1.append(environments_type_1_item)

            return environments_type_1

        environments = _parse_environments(d.pop("environments", UNSET))

        _project_tags = d.pop("projectTags", UNSET)
        project_tags: list[ProjectTag] | Unset = UNSET
        if _project_tags is not UNSET:
            project_tags = []
            for project_tags_item_data in _project_tags:
                project_tags_item = ProjectTag.from_dict(project_tags_item_data)

                project_tags.append(project_tags_item)

        project = cls(
            created_at=created_at,
            description=description,
            env=env,
            name=name,
            organization_id=organization_id,
            project_id=project_id,
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
