from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_provider_config_type_3_provider_type import (
    VaultProviderConfigType3ProviderType,
    check_vault_provider_config_type_3_provider_type,
)
from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="VaultProviderConfigType3")


@_attrs_define
class VaultProviderConfigType3:
    """
    Attributes:
        provider_type (VaultProviderConfigType3ProviderType):
        service_token (str):
        config (str | Unset):
        project (str | Unset):
    """

    provider_type: VaultProviderConfigType3ProviderType
    service_token: str = _attrs_field(repr=masked)
    config: str | Unset = UNSET
    project: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_type: str = self.provider_type

        service_token = self.service_token

        config = self.config

        project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerType": provider_type,
                "serviceToken": service_token,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_type = check_vault_provider_config_type_3_provider_type(d.pop("providerType"))

        service_token = d.pop("serviceToken")

        config = d.pop("config", UNSET)

        project = d.pop("project", UNSET)

        vault_provider_config_type_3 = cls(
            provider_type=provider_type,
            service_token=service_token,
            config=config,
            project=project,
        )

        vault_provider_config_type_3.additional_properties = d
        return vault_provider_config_type_3

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
