from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="VaultProviderUpdateBodyConfigVariant6")


@_attrs_define
class VaultProviderUpdateBodyConfigVariant6:
    """
    Attributes:
        provider_type (Literal['scaleway']):
        project_id (str):
        secret_key (str):
        region (str | Unset):
        api_url (str | Unset):
    """

    provider_type: Literal["scaleway"]
    project_id: str
    secret_key: str = _attrs_field(repr=masked)
    region: str | Unset = UNSET
    api_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_type = self.provider_type

        project_id = self.project_id

        secret_key = self.secret_key

        region = self.region

        api_url = self.api_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerType": provider_type,
                "projectId": project_id,
                "secretKey": secret_key,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if api_url is not UNSET:
            field_dict["apiUrl"] = api_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_type = cast(Literal["scaleway"], d.pop("providerType"))
        if provider_type != "scaleway":
            raise ValueError(f"providerType must match const 'scaleway', got '{provider_type}'")

        project_id = d.pop("projectId")

        secret_key = d.pop("secretKey")

        region = d.pop("region", UNSET)

        api_url = d.pop("apiUrl", UNSET)

        vault_provider_update_body_config_variant_6 = cls(
            provider_type=provider_type,
            project_id=project_id,
            secret_key=secret_key,
            region=region,
            api_url=api_url,
        )

        vault_provider_update_body_config_variant_6.additional_properties = d
        return vault_provider_update_body_config_variant_6

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
