from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mount_redis_type_0_environment_project import MountRedisType0EnvironmentProject


T = TypeVar("T", bound="MountRedisType0Environment")


@_attrs_define
class MountRedisType0Environment:
    """
    Attributes:
        project (MountRedisType0EnvironmentProject):
    """

    project: MountRedisType0EnvironmentProject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mount_redis_type_0_environment_project import (
            MountRedisType0EnvironmentProject,  # noqa: PLC0415
        )

        d = dict(src_dict)
        project = MountRedisType0EnvironmentProject.from_dict(d.pop("project"))

        mount_redis_type_0_environment = cls(
            project=project,
        )

        mount_redis_type_0_environment.additional_properties = d
        return mount_redis_type_0_environment

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
