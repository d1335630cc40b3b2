from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LicenseKeyUpdateEnterpriseSettingsBody")


@_attrs_define
class LicenseKeyUpdateEnterpriseSettingsBody:
    """
    Attributes:
        enable_enterprise_features (bool | Unset):
    """

    enable_enterprise_features: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_enterprise_features = self.enable_enterprise_features

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_enterprise_features is not UNSET:
            field_dict["enableEnterpriseFeatures"] = enable_enterprise_features

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_enterprise_features = d.pop("enableEnterpriseFeatures", UNSET)

        license_key_update_enterprise_settings_body = cls(
            enable_enterprise_features=enable_enterprise_features,
        )

        license_key_update_enterprise_settings_body.additional_properties = d
        return license_key_update_enterprise_settings_body

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
