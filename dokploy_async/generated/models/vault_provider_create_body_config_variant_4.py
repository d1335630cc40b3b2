from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="VaultProviderCreateBodyConfigVariant4")


@_attrs_define
class VaultProviderCreateBodyConfigVariant4:
    """
    Attributes:
        provider_type (Literal['doppler']):
        service_token (str):
        project (str | Unset):
        config (str | Unset):
    """

    provider_type: Literal["doppler"]
    service_token: str = _attrs_field(repr=masked)
    project: str | Unset = UNSET
    config: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_type = self.provider_type

        service_token = self.service_token

        project = self.project

        config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerType": provider_type,
                "serviceToken": service_token,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_type = cast(Literal["doppler"], d.pop("providerType"))
        if provider_type != "doppler":
            raise ValueError(f"providerType must match const 'doppler', got '{provider_type}'")

        service_token = d.pop("serviceToken")

        project = d.pop("project", UNSET)

        config = d.pop("config", UNSET)

        vault_provider_create_body_config_variant_4 = cls(
            provider_type=provider_type,
            service_token=service_token,
            project=project,
            config=config,
        )

        vault_provider_create_body_config_variant_4.additional_properties = d
        return vault_provider_create_body_config_variant_4

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
