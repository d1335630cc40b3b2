from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.docker_node_description import DockerNodeDescription
    from ..models.docker_node_manager_status import DockerNodeManagerStatus
    from ..models.docker_node_spec import DockerNodeSpec
    from ..models.docker_node_status import DockerNodeStatus
    from ..models.docker_node_version import DockerNodeVersion


T = TypeVar("T", bound="DockerNode")


@_attrs_define
class DockerNode:
    """
    Attributes:
        created_at (str):
        description (DockerNodeDescription):
        id (str):
        spec (DockerNodeSpec):
        status (DockerNodeStatus):
        updated_at (str):
        version (DockerNodeVersion):
        manager_status (DockerNodeManagerStatus | Unset):
    """

    created_at: str
    description: DockerNodeDescription
    id: str
    spec: DockerNodeSpec
    status: DockerNodeStatus
    updated_at: str
    version: DockerNodeVersion
    manager_status: DockerNodeManagerStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        description = self.description.to_dict()

        id = self.id

        spec = self.spec.to_dict()

        status = self.status.to_dict()

        updated_at = self.updated_at

        version = self.version.to_dict()

        manager_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manager_status, Unset):
            manager_status = self.manager_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CreatedAt": created_at,
                "Description": description,
                "ID": id,
                "Spec": spec,
                "Status": status,
                "UpdatedAt": updated_at,
                "Version": version,
            }
        )
        if manager_status is not UNSET:
            field_dict["ManagerStatus"] = manager_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.docker_node_description import DockerNodeDescription  # noqa: PLC0415
        from ..models.docker_node_manager_status import DockerNodeManagerStatus  # noqa: PLC0415
        from ..models.docker_node_spec import DockerNodeSpec  # noqa: PLC0415
        from ..models.docker_node_status import DockerNodeStatus  # noqa: PLC0415
        from ..models.docker_node_version import DockerNodeVersion  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("CreatedAt")

        description = DockerNodeDescription.from_dict(d.pop("Description"))

        id = d.pop("ID")

        spec = DockerNodeSpec.from_dict(d.pop("Spec"))

        status = DockerNodeStatus.from_dict(d.pop("Status"))

        updated_at = d.pop("UpdatedAt")

        version = DockerNodeVersion.from_dict(d.pop("Version"))

        _manager_status = d.pop("ManagerStatus", UNSET)
        manager_status: DockerNodeManagerStatus | Unset
        if isinstance(_manager_status, Unset):
            manager_status = UNSET
        else:
            manager_status = DockerNodeManagerStatus.from_dict(_manager_status)

        docker_node = cls(
            created_at=created_at,
            description=description,
            id=id,
            spec=spec,
            status=status,
            updated_at=updated_at,
            version=version,
            manager_status=manager_status,
        )

        docker_node.additional_properties = d
        return docker_node

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
