from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserAssignPermissionsBody")


@_attrs_define
class UserAssignPermissionsBody:
    """
    Attributes:
        id (str):
        accessed_projects (list[str]):
        accessed_environments (list[str]):
        accessed_services (list[str]):
        accessed_git_providers (list[str]):
        accessed_servers (list[str]):
        can_create_projects (bool):
        can_create_services (bool):
        can_delete_projects (bool):
        can_delete_services (bool):
        can_access_to_docker (bool):
        can_access_to_traefik_files (bool):
        can_access_to_api (bool):
        can_access_to_ssh_keys (bool):
        can_access_to_git_providers (bool):
        can_delete_environments (bool):
        can_create_environments (bool):
    """

    id: str
    accessed_projects: list[str]
    accessed_environments: list[str]
    accessed_services: list[str]
    accessed_git_providers: list[str]
    accessed_servers: list[str]
    can_create_projects: bool
    can_create_services: bool
    can_delete_projects: bool
    can_delete_services: bool
    can_access_to_docker: bool
    can_access_to_traefik_files: bool
    can_access_to_api: bool
    can_access_to_ssh_keys: bool
    can_access_to_git_providers: bool
    can_delete_environments: bool
    can_create_environments: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        accessed_projects = self.accessed_projects

        accessed_environments = self.accessed_environments

        accessed_services = self.accessed_services

        accessed_git_providers = self.accessed_git_providers

        accessed_servers = self.accessed_servers

        can_create_projects = self.can_create_projects

        can_create_services = self.can_create_services

        can_delete_projects = self.can_delete_projects

        can_delete_services = self.can_delete_services

        can_access_to_docker = self.can_access_to_docker

        can_access_to_traefik_files = self.can_access_to_traefik_files

        can_access_to_api = self.can_access_to_api

        can_access_to_ssh_keys = self.can_access_to_ssh_keys

        can_access_to_git_providers = self.can_access_to_git_providers

        can_delete_environments = self.can_delete_environments

        can_create_environments = self.can_create_environments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "accessedProjects": accessed_projects,
                "accessedEnvironments": accessed_environments,
                "accessedServices": accessed_services,
                "accessedGitProviders": accessed_git_providers,
                "accessedServers": accessed_servers,
                "canCreateProjects": can_create_projects,
                "canCreateServices": can_create_services,
                "canDeleteProjects": can_delete_projects,
                "canDeleteServices": can_delete_services,
                "canAccessToDocker": can_access_to_docker,
                "canAccessToTraefikFiles": can_access_to_traefik_files,
                "canAccessToAPI": can_access_to_api,
                "canAccessToSSHKeys": can_access_to_ssh_keys,
                "canAccessToGitProviders": can_access_to_git_providers,
                "canDeleteEnvironments": can_delete_environments,
                "canCreateEnvironments": can_create_environments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        accessed_projects = cast(list[str], d.pop("accessedProjects"))

        accessed_environments = cast(list[str], d.pop("accessedEnvironments"))

        accessed_services = cast(list[str], d.pop("accessedServices"))

        accessed_git_providers = cast(list[str], d.pop("accessedGitProviders"))

        accessed_servers = cast(list[str], d.pop("accessedServers"))

        can_create_projects = d.pop("canCreateProjects")

        can_create_services = d.pop("canCreateServices")

        can_delete_projects = d.pop("canDeleteProjects")

        can_delete_services = d.pop("canDeleteServices")

        can_access_to_docker = d.pop("canAccessToDocker")

        can_access_to_traefik_files = d.pop("canAccessToTraefikFiles")

        can_access_to_api = d.pop("canAccessToAPI")

        can_access_to_ssh_keys = d.pop("canAccessToSSHKeys")

        can_access_to_git_providers = d.pop("canAccessToGitProviders")

        can_delete_environments = d.pop("canDeleteEnvironments")

        can_create_environments = d.pop("canCreateEnvironments")

        user_assign_permissions_body = cls(
            id=id,
            accessed_projects=accessed_projects,
            accessed_environments=accessed_environments,
            accessed_services=accessed_services,
            accessed_git_providers=accessed_git_providers,
            accessed_servers=accessed_servers,
            can_create_projects=can_create_projects,
            can_create_services=can_create_services,
            can_delete_projects=can_delete_projects,
            can_delete_services=can_delete_services,
            can_access_to_docker=can_access_to_docker,
            can_access_to_traefik_files=can_access_to_traefik_files,
            can_access_to_api=can_access_to_api,
            can_access_to_ssh_keys=can_access_to_ssh_keys,
            can_access_to_git_providers=can_access_to_git_providers,
            can_delete_environments=can_delete_environments,
            can_create_environments=can_create_environments,
        )

        user_assign_permissions_body.additional_properties = d
        return user_assign_permissions_body

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
