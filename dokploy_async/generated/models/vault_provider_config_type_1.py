from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_provider_config_type_1_provider_type import (
    VaultProviderConfigType1ProviderType,
    check_vault_provider_config_type_1_provider_type,
)
from ..types import masked

T = TypeVar("T", bound="VaultProviderConfigType1")


@_attrs_define
class VaultProviderConfigType1:
    """
    Attributes:
        client_id (str):
        client_secret (str):
        environment_slug (str):
        project_id (str):
        provider_type (VaultProviderConfigType1ProviderType):
        secret_path (str):
        site_url (str):
    """

    client_id: str
    client_secret: str = _attrs_field(repr=masked)
    environment_slug: str
    project_id: str
    provider_type: VaultProviderConfigType1ProviderType
    secret_path: str
    site_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        environment_slug = self.environment_slug

        project_id = self.project_id

        provider_type: str = self.provider_type

        secret_path = self.secret_path

        site_url = self.site_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "clientSecret": client_secret,
                "environmentSlug": environment_slug,
                "projectId": project_id,
                "providerType": provider_type,
                "secretPath": secret_path,
                "siteUrl": site_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        environment_slug = d.pop("environmentSlug")

        project_id = d.pop("projectId")

        provider_type = check_vault_provider_config_type_1_provider_type(d.pop("providerType"))

        secret_path = d.pop("secretPath")

        site_url = d.pop("siteUrl")

        vault_provider_config_type_1 = cls(
            client_id=client_id,
            client_secret=client_secret,
            environment_slug=environment_slug,
            project_id=project_id,
            provider_type=provider_type,
            secret_path=secret_path,
            site_url=site_url,
        )

        vault_provider_config_type_1.additional_properties = d
        return vault_provider_config_type_1

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
