from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_provider_config_type_0_provider_type import (
    VaultProviderConfigType0ProviderType,
    check_vault_provider_config_type_0_provider_type,
)
from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="VaultProviderConfigType0")


@_attrs_define
class VaultProviderConfigType0:
    """
    Attributes:
        mount (str):
        provider_type (VaultProviderConfigType0ProviderType):
        token (str):
        url (str):
        namespace (str | Unset):
    """

    mount: str
    provider_type: VaultProviderConfigType0ProviderType
    token: str = _attrs_field(repr=masked)
    url: str
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mount = self.mount

        provider_type: str = self.provider_type

        token = self.token

        url = self.url

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mount": mount,
                "providerType": provider_type,
                "token": token,
                "url": url,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mount = d.pop("mount")

        provider_type = check_vault_provider_config_type_0_provider_type(d.pop("providerType"))

        token = d.pop("token")

        url = d.pop("url")

        namespace = d.pop("namespace", UNSET)

        vault_provider_config_type_0 = cls(
            mount=mount,
            provider_type=provider_type,
            token=token,
            url=url,
            namespace=namespace,
        )

        vault_provider_config_type_0.additional_properties = d
        return vault_provider_config_type_0

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
