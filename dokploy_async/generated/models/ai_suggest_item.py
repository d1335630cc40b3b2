from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.ai_suggest_item_config_files_type_0_item import AiSuggestItemConfigFilesType0Item
    from ..models.ai_suggest_item_domains_item import AiSuggestItemDomainsItem
    from ..models.ai_suggest_item_env_variables_item import AiSuggestItemEnvVariablesItem


T = TypeVar("T", bound="AiSuggestItem")


@_attrs_define
class AiSuggestItem:
    """
    Attributes:
        description (str):
        docker_compose (str):
        domains (list[AiSuggestItemDomainsItem]):
        env_variables (list[AiSuggestItemEnvVariablesItem]):
        id (str):
        name (str):
        short_description (str):
        config_files (list[AiSuggestItemConfigFilesType0Item] | None | Unset):
    """

    description: str
    docker_compose: str
    domains: list[AiSuggestItemDomainsItem]
    env_variables: list[AiSuggestItemEnvVariablesItem] = _attrs_field(repr=masked)
    id: str
    name: str
    short_description: str
    config_files: list[AiSuggestItemConfigFilesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        docker_compose = self.docker_compose

        domains = []
        for domains_item_data in self.domains:
            domains_item = domains_item_data.to_dict()
            domains.append(domains_item)

        env_variables = []
        for env_variables_item_data in self.env_variables:
            env_variables_item = env_variables_item_data.to_dict()
            env_variables.append(env_variables_item)

        id = self.id

        name = self.name

        short_description = self.short_description

        config_files: list[dict[str, Any]] | None | Unset
        if isinstance(self.config_files, Unset):
            config_files = UNSET
        elif isinstance(self.config_files, list):
            config_files = []
            for config_files_type_0_item_data in self.config_files:
                config_files_type_0_item = config_files_type_0_item_data.to_dict()
                config_files.append(config_files_type_0_item)

        else:
            config_files = self.config_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "dockerCompose": docker_compose,
                "domains": domains,
                "envVariables": env_variables,
                "id": id,
                "name": name,
                "shortDescription": short_description,
            }
        )
        if config_files is not UNSET:
            field_dict["configFiles"] = config_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_suggest_item_config_files_type_0_item import (
            AiSuggestItemConfigFilesType0Item,  # noqa: PLC0415
        )
        from ..models.ai_suggest_item_domains_item import AiSuggestItemDomainsItem  # noqa: PLC0415
        from ..models.ai_suggest_item_env_variables_item import AiSuggestItemEnvVariablesItem  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        docker_compose = d.pop("dockerCompose")

        domains = []
        _domains = d.pop("domains")
        for domains_item_data in _domains:
            domains_item = AiSuggestItemDomainsItem.from_dict(domains_item_data)

            domains.append(domains_item)

        env_variables = []
        _env_variables = d.pop("envVariables")
        for env_variables_item_data in _env_variables:
            env_variables_item = AiSuggestItemEnvVariablesItem.from_dict(env_variables_item_data)

            env_variables.append(env_variables_item)

        id = d.pop("id")

        name = d.pop("name")

        short_description = d.pop("shortDescription")

        def _parse_config_files(
            data: object,
        ) -> list[AiSuggestItemConfigFilesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                config_files_type_0 = []
                _config_files_type_0 = data
                for config_files_type_0_item_data in _config_files_type_0:
                    config_files_type_0_item = AiSuggestItemConfigFilesType0Item.from_dict(
                        config_files_type_0_item_data
                    )

                    config_files_type_0.append(config_files_type_0_item)

                return config_files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AiSuggestItemConfigFilesType0Item] | None | Unset, data)

        config_files = _parse_config_files(d.pop("configFiles", UNSET))

        ai_suggest_item = cls(
            description=description,
            docker_compose=docker_compose,
            domains=domains,
            env_variables=env_variables,
            id=id,
            name=name,
            short_description=short_description,
            config_files=config_files,
        )

        ai_suggest_item.additional_properties = d
        return ai_suggest_item

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
