from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_home_stats_result_status import ProjectHomeStatsResultStatus


T = TypeVar("T", bound="ProjectHomeStatsResult")


@_attrs_define
class ProjectHomeStatsResult:
    """
    Attributes:
        applications (float):
        compose (float):
        databases (float):
        environments (float):
        projects (float):
        services (float):
        status (ProjectHomeStatsResultStatus):
    """

    applications: float
    compose: float
    databases: float
    environments: float
    projects: float
    services: float
    status: ProjectHomeStatsResultStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applications = self.applications

        compose = self.compose

        databases = self.databases

        environments = self.environments

        projects = self.projects

        services = self.services

        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applications": applications,
                "compose": compose,
                "databases": databases,
                "environments": environments,
                "projects": projects,
                "services": services,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_home_stats_result_status import ProjectHomeStatsResultStatus  # noqa: PLC0415

        d = dict(src_dict)
        applications = d.pop("applications")

        compose = d.pop("compose")

        databases = d.pop("databases")

        environments = d.pop("environments")

        projects = d.pop("projects")

        services = d.pop("services")

        status = ProjectHomeStatsResultStatus.from_dict(d.pop("status"))

        project_home_stats_result = cls(
            applications=applications,
            compose=compose,
            databases=databases,
            environments=environments,
            projects=projects,
            services=services,
            status=status,
        )

        project_home_stats_result.additional_properties = d
        return project_home_stats_result

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
