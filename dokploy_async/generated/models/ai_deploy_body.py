from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.ai_deploy_body_config_files_item import AiDeployBodyConfigFilesItem
    from ..models.ai_deploy_body_domains_item import AiDeployBodyDomainsItem


T = TypeVar("T", bound="AiDeployBody")


@_attrs_define
class AiDeployBody:
    """
    Attributes:
        environment_id (str):
        id (str):
        docker_compose (str):
        env_variables (str):
        name (str):
        description (str):
        server_id (str | Unset):
        domains (list[AiDeployBodyDomainsItem] | Unset):
        config_files (list[AiDeployBodyConfigFilesItem] | Unset):
    """

    environment_id: str
    id: str
    docker_compose: str
    env_variables: str = _attrs_field(repr=masked)
    name: str
    description: str
    server_id: str | Unset = UNSET
    domains: list[AiDeployBodyDomainsItem] | Unset = UNSET
    config_files: list[AiDeployBodyConfigFilesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        id = self.id

        docker_compose = self.docker_compose

        env_variables = self.env_variables

        name = self.name

        description = self.description

        server_id = self.server_id

        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        config_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config_files, Unset):
            config_files = []
            for config_files_item_data in self.config_files:
                config_files_item = config_files_item_data.to_dict()
                config_files.append(config_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environmentId": environment_id,
                "id": id,
                "dockerCompose": docker_compose,
                "envVariables": env_variables,
                "name": name,
                "description": description,
            }
        )
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if domains is not UNSET:
            field_dict["domains"] = domains
        if config_files is not UNSET:
            field_dict["configFiles"] = config_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_deploy_body_config_files_item import AiDeployBodyConfigFilesItem  # noqa: PLC0415
        from ..models.ai_deploy_body_domains_item import AiDeployBodyDomainsItem  # noqa: PLC0415

        d = dict(src_dict)
        environment_id = d.pop("environmentId")

        id = d.pop("id")

        docker_compose = d.pop("dockerCompose")

        env_variables = d.pop("envVariables")

        name = d.pop("name")

        description = d.pop("description")

        server_id = d.pop("serverId", UNSET)

        _domains = d.pop("domains", UNSET)
        domains: list[AiDeployBodyDomainsItem] | Unset = UNSET
        if _domains is not UNSET:
            domains = []
            for domains_item_data in _domains:
                domains_item = AiDeployBodyDomainsItem.from_dict(domains_item_data)

                domains.append(domains_item)

        _config_files = d.pop("configFiles", UNSET)
        config_files: list[AiDeployBodyConfigFilesItem] | Unset = UNSET
        if _config_files is not UNSET:
            config_files = []
            for config_files_item_data in _config_files:
                config_files_item = AiDeployBodyConfigFilesItem.from_dict(config_files_item_data)

                config_files.append(config_files_item)

        ai_deploy_body = cls(
            environment_id=environment_id,
            id=id,
            docker_compose=docker_compose,
            env_variables=env_variables,
            name=name,
            description=description,
            server_id=server_id,
            domains=domains,
            config_files=config_files,
        )

        ai_deploy_body.additional_properties = d
        return ai_deploy_body

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
