from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.server_validate_result_buildpacks import ServerValidateResultBuildpacks
    from ..models.server_validate_result_docker import ServerValidateResultDocker
    from ..models.server_validate_result_nixpacks import ServerValidateResultNixpacks
    from ..models.server_validate_result_railpack import ServerValidateResultRailpack
    from ..models.server_validate_result_rclone import ServerValidateResultRclone


T = TypeVar("T", bound="ServerValidateResult")


@_attrs_define
class ServerValidateResult:
    """
    Attributes:
        buildpacks (ServerValidateResultBuildpacks):
        docker (ServerValidateResultDocker):
        docker_group_member (bool):
        is_dokploy_network_installed (bool):
        is_main_directory_installed (bool):
        is_swarm_installed (bool):
        nixpacks (ServerValidateResultNixpacks):
        privilege_mode (str):
        railpack (ServerValidateResultRailpack):
        rclone (ServerValidateResultRclone):
    """

    buildpacks: ServerValidateResultBuildpacks
    docker: ServerValidateResultDocker
    docker_group_member: bool
    is_dokploy_network_installed: bool
    is_main_directory_installed: bool
    is_swarm_installed: bool
    nixpacks: ServerValidateResultNixpacks
    privilege_mode: str
    railpack: ServerValidateResultRailpack
    rclone: ServerValidateResultRclone
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buildpacks = self.buildpacks.to_dict()

        docker = self.docker.to_dict()

        docker_group_member = self.docker_group_member

        is_dokploy_network_installed = self.is_dokploy_network_installed

        is_main_directory_installed = self.is_main_directory_installed

        is_swarm_installed = self.is_swarm_installed

        nixpacks = self.nixpacks.to_dict()

        privilege_mode = self.privilege_mode

        railpack = self.railpack.to_dict()

        rclone = self.rclone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buildpacks": buildpacks,
                "docker": docker,
                "dockerGroupMember": docker_group_member,
                "isDokployNetworkInstalled": is_dokploy_network_installed,
                "isMainDirectoryInstalled": is_main_directory_installed,
                "isSwarmInstalled": is_swarm_installed,
                "nixpacks": nixpacks,
                "privilegeMode": privilege_mode,
                "railpack": railpack,
                "rclone": rclone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_validate_result_buildpacks import ServerValidateResultBuildpacks  # noqa: PLC0415
        from ..models.server_validate_result_docker import ServerValidateResultDocker  # noqa: PLC0415
        from ..models.server_validate_result_nixpacks import ServerValidateResultNixpacks  # noqa: PLC0415
        from ..models.server_validate_result_railpack import ServerValidateResultRailpack  # noqa: PLC0415
        from ..models.server_validate_result_rclone import ServerValidateResultRclone  # noqa: PLC0415

        d = dict(src_dict)
        buildpacks = ServerValidateResultBuildpacks.from_dict(d.pop("buildpacks"))

        docker = ServerValidateResultDocker.from_dict(d.pop("docker"))

        docker_group_member = d.pop("dockerGroupMember")

        is_dokploy_network_installed = d.pop("isDokployNetworkInstalled")

        is_main_directory_installed = d.pop("isMainDirectoryInstalled")

        is_swarm_installed = d.pop("isSwarmInstalled")

        nixpacks = ServerValidateResultNixpacks.from_dict(d.pop("nixpacks"))

        privilege_mode = d.pop("privilegeMode")

        railpack = ServerValidateResultRailpack.from_dict(d.pop("railpack"))

        rclone = ServerValidateResultRclone.from_dict(d.pop("rclone"))

        server_validate_result = cls(
            buildpacks=buildpacks,
            docker=docker,
            docker_group_member=docker_group_member,
            is_dokploy_network_installed=is_dokploy_network_installed,
            is_main_directory_installed=is_main_directory_installed,
            is_swarm_installed=is_swarm_installed,
            nixpacks=nixpacks,
            privilege_mode=privilege_mode,
            railpack=railpack,
            rclone=rclone,
        )

        server_validate_result.additional_properties = d
        return server_validate_result

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
