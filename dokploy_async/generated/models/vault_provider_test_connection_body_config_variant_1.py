from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="VaultProviderTestConnectionBodyConfigVariant1")


@_attrs_define
class VaultProviderTestConnectionBodyConfigVariant1:
    """
    Attributes:
        provider_type (Literal['hashicorp']):
        url (str):
        token (str):
        namespace (str | Unset):
        mount (str | Unset):
    """

    provider_type: Literal["hashicorp"]
    url: str
    token: str = _attrs_field(repr=masked)
    namespace: str | Unset = UNSET
    mount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_type = self.provider_type

        url = self.url

        token = self.token

        namespace = self.namespace

        mount = self.mount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerType": provider_type,
                "url": url,
                "token": token,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if mount is not UNSET:
            field_dict["mount"] = mount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_type = cast(Literal["hashicorp"], d.pop("providerType"))
        if provider_type != "hashicorp":
            raise ValueError(f"providerType must match const 'hashicorp', got '{provider_type}'")

        url = d.pop("url")

        token = d.pop("token")

        namespace = d.pop("namespace", UNSET)

        mount = d.pop("mount", UNSET)

        vault_provider_test_connection_body_config_variant_1 = cls(
            provider_type=provider_type,
            url=url,
            token=token,
            namespace=namespace,
            mount=mount,
        )

        vault_provider_test_connection_body_config_variant_1.additional_properties = d
        return vault_provider_test_connection_body_config_variant_1

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
