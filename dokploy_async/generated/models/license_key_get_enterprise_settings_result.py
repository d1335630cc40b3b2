from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="LicenseKeyGetEnterpriseSettingsResult")


@_attrs_define
class LicenseKeyGetEnterpriseSettingsResult:
    """
    Attributes:
        enable_enterprise_features (bool):
        license_key (str):
    """

    enable_enterprise_features: bool
    license_key: str = _attrs_field(repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_enterprise_features = self.enable_enterprise_features

        license_key = self.license_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enableEnterpriseFeatures": enable_enterprise_features,
                "licenseKey": license_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_enterprise_features = d.pop("enableEnterpriseFeatures")

        license_key = d.pop("licenseKey")

        license_key_get_enterprise_settings_result = cls(
            enable_enterprise_features=enable_enterprise_features,
            license_key=license_key,
        )

        license_key_get_enterprise_settings_result.additional_properties = d
        return license_key_get_enterprise_settings_result

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
