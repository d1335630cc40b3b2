from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compose_summary_environment_project import ComposeSummaryEnvironmentProject


T = TypeVar("T", bound="ComposeSummaryEnvironment")


@_attrs_define
class ComposeSummaryEnvironment:
    """
    Attributes:
        environment_id (str):
        name (str):
        project (ComposeSummaryEnvironmentProject):
    """

    environment_id: str
    name: str
    project: ComposeSummaryEnvironmentProject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        name = self.name

        project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environmentId": environment_id,
                "name": name,
                "project": project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compose_summary_environment_project import ComposeSummaryEnvironmentProject  # noqa: PLC0415

        d = dict(src_dict)
        environment_id = d.pop("environmentId")

        name = d.pop("name")

        project = ComposeSummaryEnvironmentProject.from_dict(d.pop("project"))

        compose_summary_environment = cls(
            environment_id=environment_id,
            name=name,
            project=project,
        )

        compose_summary_environment.additional_properties = d
        return compose_summary_environment

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
