from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_role_type_1 import MemberRoleType1, check_member_role_type_1
from ..models.member_role_type_2 import MemberRoleType2, check_member_role_type_2
from ..models.member_role_type_3 import MemberRoleType3, check_member_role_type_3
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A record of Dokploy's `member` table.

    Attributes:
        accessed_environments (list[str]):
        accessed_git_providers (list[str]):
        accessed_projects (list[str]):
        accessed_servers (list[str]):
        accessed_services (list[str]):
        can_access_to_api (bool):
        can_access_to_docker (bool):
        can_access_to_git_providers (bool):
        can_access_to_ssh_keys (bool):
        can_access_to_traefik_files (bool):
        can_create_environments (bool):
        can_create_projects (bool):
        can_create_services (bool):
        can_delete_environments (bool):
        can_delete_projects (bool):
        can_delete_services (bool):
        created_at (datetime.datetime):
        id (str):
        is_default (bool):
        organization_id (str):
        role (list[str] | MemberRoleType1 | MemberRoleType2 | MemberRoleType3):
        team_id (None | str):
        user_id (str):
        user (Unset | User | UserSummary):
    """

    accessed_environments: list[str]
    accessed_git_providers: list[str]
    accessed_projects: list[str]
    accessed_servers: list[str]
    accessed_services: list[str]
    can_access_to_api: bool
    can_access_to_docker: bool
    can_access_to_git_providers: bool
    can_access_to_ssh_keys: bool
    can_access_to_traefik_files: bool
    can_create_environments: bool
    can_create_projects: bool
    can_create_services: bool
    can_delete_environments: bool
    can_delete_projects: bool
    can_delete_services: bool
    created_at: datetime.datetime
    id: str
    is_default: bool
    organization_id: str
    role: list[str] | MemberRoleType1 | MemberRoleType2 | MemberRoleType3
    team_id: None | str
    user_id: str
    user: Unset | User | UserSummary = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user import User  # noqa: PLC0415

        accessed_environments = self.accessed_environments

        accessed_git_providers = self.accessed_git_providers

        accessed_projects = self.accessed_projects

        accessed_servers = self.accessed_servers

        accessed_services = self.accessed_services

        can_access_to_api = self.can_access_to_api

        can_access_to_docker = self.can_access_to_docker

        can_access_to_git_providers = self.can_access_to_git_providers

        can_access_to_ssh_keys = self.can_access_to_ssh_keys

        can_access_to_traefik_files = self.can_access_to_traefik_files

        can_create_environments = self.can_create_environments

        can_create_projects = self.can_create_projects

        can_create_services = self.can_create_services

        can_delete_environments = self.can_delete_environments

        can_delete_projects = self.can_delete_projects

        can_delete_services = self.can_delete_services

        created_at = (
            self.created_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        id = self.id

        is_default = self.is_default

        organization_id = self.organization_id

        role: list[str] | str
        if isinstance(self.role, list):
            role = self.role

        elif isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        team_id: None | str
        team_id = self.team_id

        user_id = self.user_id

        user: dict[str, Any] | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessedEnvironments": accessed_environments,
                "accessedGitProviders": accessed_git_providers,
                "accessedProjects": accessed_projects,
                "accessedServers": accessed_servers,
                "accessedServices": accessed_services,
                "canAccessToAPI": can_access_to_api,
                "canAccessToDocker": can_access_to_docker,
                "canAccessToGitProviders": can_access_to_git_providers,
                "canAccessToSSHKeys": can_access_to_ssh_keys,
                "canAccessToTraefikFiles": can_access_to_traefik_files,
                "canCreateEnvironments": can_create_environments,
                "canCreateProjects": can_create_projects,
                "canCreateServices": can_create_services,
                "canDeleteEnvironments": can_delete_environments,
                "canDeleteProjects": can_delete_projects,
                "canDeleteServices": can_delete_services,
                "createdAt": created_at,
                "id": id,
                "isDefault": is_default,
                "organizationId": organization_id,
                "role": role,
                "teamId": team_id,
                "userId": user_id,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        accessed_environments = cast(list[str], d.pop("accessedEnvironments"))

        accessed_git_providers = cast(list[str], d.pop("accessedGitProviders"))

        accessed_projects = cast(list[str], d.pop("accessedProjects"))

        accessed_servers = cast(list[str], d.pop("accessedServers"))

        accessed_services = cast(list[str], d.pop("accessedServices"))

        can_access_to_api = d.pop("canAccessToAPI")

        can_access_to_docker = d.pop("canAccessToDocker")

        can_access_to_git_providers = d.pop("canAccessToGitProviders")

        can_access_to_ssh_keys = d.pop("canAccessToSSHKeys")

        can_access_to_traefik_files = d.pop("canAccessToTraefikFiles")

        can_create_environments = d.pop("canCreateEnvironments")

        can_create_projects = d.pop("canCreateProjects")

        can_create_services = d.pop("canCreateServices")

        can_delete_environments = d.pop("canDeleteEnvironments")

        can_delete_projects = d.pop("canDeleteProjects")

        can_delete_services = d.pop("canDeleteServices")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = d.pop("id")

        is_default = d.pop("isDefault")

        organization_id = d.pop("organizationId")

        def _parse_role(
            data: object,
        ) -> list[str] | MemberRoleType1 | MemberRoleType2 | MemberRoleType3:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                role_type_0 = cast(list[str], data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_member_role_type_1(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_2 = check_member_role_type_2(data)

                return role_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            role_type_3 = check_member_role_type_3(data)

            return role_type_3

        role = _parse_role(d.pop("role"))

        def _parse_team_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_id = _parse_team_id(d.pop("teamId"))

        user_id = d.pop("userId")

        def _parse_user(data: object) -> Unset | User | UserSummary:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = User.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            user_type_1 = UserSummary.from_dict(data)

            return user_type_1

        user = _parse_user(d.pop("user", UNSET))

        member = cls(
            accessed_environments=accessed_environments,
            accessed_git_providers=accessed_git_providers,
            accessed_projects=accessed_projects,
            accessed_servers=accessed_servers,
            accessed_services=accessed_services,
            can_access_to_api=can_access_to_api,
            can_access_to_docker=can_access_to_docker,
            can_access_to_git_providers=can_access_to_git_providers,
            can_access_to_ssh_keys=can_access_to_ssh_keys,
            can_access_to_traefik_files=can_access_to_traefik_files,
            can_create_environments=can_create_environments,
            can_create_projects=can_create_projects,
            can_create_services=can_create_services,
            can_delete_environments=can_delete_environments,
            can_delete_projects=can_delete_projects,
            can_delete_services=can_delete_services,
            created_at=created_at,
            id=id,
            is_default=is_default,
            organization_id=organization_id,
            role=role,
            team_id=team_id,
            user_id=user_id,
            user=user,
        )

        member.additional_properties = d
        return member

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
