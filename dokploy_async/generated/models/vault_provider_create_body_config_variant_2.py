from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="VaultProviderCreateBodyConfigVariant2")


@_attrs_define
class VaultProviderCreateBodyConfigVariant2:
    """
    Attributes:
        provider_type (Literal['infisical']):
        client_id (str):
        client_secret (str):
        project_id (str):
        environment_slug (str):
        site_url (str | Unset):
        secret_path (str | Unset):
    """

    provider_type: Literal["infisical"]
    client_id: str
    client_secret: str = _attrs_field(repr=masked)
    project_id: str
    environment_slug: str
    site_url: str | Unset = UNSET
    secret_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_type = self.provider_type

        client_id = self.client_id

        client_secret = self.client_secret

        project_id = self.project_id

        environment_slug = self.environment_slug

        site_url = self.site_url

        secret_path = self.secret_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerType": provider_type,
                "clientId": client_id,
                "clientSecret": client_secret,
                "projectId": project_id,
                "environmentSlug": environment_slug,
            }
        )
        if site_url is not UNSET:
            field_dict["siteUrl"] = site_url
        if secret_path is not UNSET:
            field_dict["secretPath"] = secret_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_type = cast(Literal["infisical"], d.pop("providerType"))
        if provider_type != "infisical":
            raise ValueError(f"providerType must match const 'infisical', got '{provider_type}'")

        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        project_id = d.pop("projectId")

        environment_slug = d.pop("environmentSlug")

        site_url = d.pop("siteUrl", UNSET)

        secret_path = d.pop("secretPath", UNSET)

        vault_provider_create_body_config_variant_2 = cls(
            provider_type=provider_type,
            client_id=client_id,
            client_secret=client_secret,
            project_id=project_id,
            environment_slug=environment_slug,
            site_url=site_url,
            secret_path=secret_path,
        )

        vault_provider_create_body_config_variant_2.additional_properties = d
        return vault_provider_create_body_config_variant_2

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
