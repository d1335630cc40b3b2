from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.docker_node_spec_availability import (
    DockerNodeSpecAvailability,
    check_docker_node_spec_availability,
)
from ..models.docker_node_spec_role import DockerNodeSpecRole, check_docker_node_spec_role

if TYPE_CHECKING:
    from ..models.docker_node_spec_labels import DockerNodeSpecLabels


T = TypeVar("T", bound="DockerNodeSpec")


@_attrs_define
class DockerNodeSpec:
    """
    Attributes:
        availability (DockerNodeSpecAvailability):
        labels (DockerNodeSpecLabels):
        name (str):
        role (DockerNodeSpecRole):
    """

    availability: DockerNodeSpecAvailability
    labels: DockerNodeSpecLabels
    name: str
    role: DockerNodeSpecRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability: str = self.availability

        labels = self.labels.to_dict()

        name = self.name

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Availability": availability,
                "Labels": labels,
                "Name": name,
                "Role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.docker_node_spec_labels import DockerNodeSpecLabels  # noqa: PLC0415

        d = dict(src_dict)
        availability = check_docker_node_spec_availability(d.pop("Availability"))

        labels = DockerNodeSpecLabels.from_dict(d.pop("Labels"))

        name = d.pop("Name")

        role = check_docker_node_spec_role(d.pop("Role"))

        docker_node_spec = cls(
            availability=availability,
            labels=labels,
            name=name,
            role=role,
        )

        docker_node_spec.additional_properties = d
        return docker_node_spec

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
