from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="VaultProviderUpdateBodyConfigVariant3")


@_attrs_define
class VaultProviderUpdateBodyConfigVariant3:
    """
    Attributes:
        provider_type (Literal['aws']):
        region (str):
        access_key_id (str):
        secret_access_key (str):
        endpoint (str | Unset):
    """

    provider_type: Literal["aws"]
    region: str
    access_key_id: str
    secret_access_key: str = _attrs_field(repr=masked)
    endpoint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_type = self.provider_type

        region = self.region

        access_key_id = self.access_key_id

        secret_access_key = self.secret_access_key

        endpoint = self.endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerType": provider_type,
                "region": region,
                "accessKeyId": access_key_id,
                "secretAccessKey": secret_access_key,
            }
        )
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_type = cast(Literal["aws"], d.pop("providerType"))
        if provider_type != "aws":
            raise ValueError(f"providerType must match const 'aws', got '{provider_type}'")

        region = d.pop("region")

        access_key_id = d.pop("accessKeyId")

        secret_access_key = d.pop("secretAccessKey")

        endpoint = d.pop("endpoint", UNSET)

        vault_provider_update_body_config_variant_3 = cls(
            provider_type=provider_type,
            region=region,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            endpoint=endpoint,
        )

        vault_provider_update_body_config_variant_3.additional_properties = d
        return vault_provider_update_body_config_variant_3

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
