from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_provider_config_type_5_provider_type import (
    VaultProviderConfigType5ProviderType,
    check_vault_provider_config_type_5_provider_type,
)
from ..types import masked

T = TypeVar("T", bound="VaultProviderConfigType5")


@_attrs_define
class VaultProviderConfigType5:
    """
    Attributes:
        api_url (str):
        project_id (str):
        provider_type (VaultProviderConfigType5ProviderType):
        region (str):
        secret_key (str):
    """

    api_url: str
    project_id: str
    provider_type: VaultProviderConfigType5ProviderType
    region: str
    secret_key: str = _attrs_field(repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_url = self.api_url

        project_id = self.project_id

        provider_type: str = self.provider_type

        region = self.region

        secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiUrl": api_url,
                "projectId": project_id,
                "providerType": provider_type,
                "region": region,
                "secretKey": secret_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_url = d.pop("apiUrl")

        project_id = d.pop("projectId")

        provider_type = check_vault_provider_config_type_5_provider_type(d.pop("providerType"))

        region = d.pop("region")

        secret_key = d.pop("secretKey")

        vault_provider_config_type_5 = cls(
            api_url=api_url,
            project_id=project_id,
            provider_type=provider_type,
            region=region,
            secret_key=secret_key,
        )

        vault_provider_config_type_5.additional_properties = d
        return vault_provider_config_type_5

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
