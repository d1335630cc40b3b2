from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registry_summary_registry_type import (
    RegistrySummaryRegistryType,
    check_registry_summary_registry_type,
)

T = TypeVar("T", bound="RegistrySummary")


@_attrs_define
class RegistrySummary:
    """A partial record of Dokploy's `registry` table.

    Attributes:
        created_at (str):
        image_prefix (None | str):
        organization_id (str):
        registry_id (str):
        registry_name (str):
        registry_type (RegistrySummaryRegistryType):
        registry_url (str):
        username (str):
    """

    created_at: str
    image_prefix: None | str
    organization_id: str
    registry_id: str
    registry_name: str
    registry_type: RegistrySummaryRegistryType
    registry_url: str
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        image_prefix: None | str
        image_prefix = self.image_prefix

        organization_id = self.organization_id

        registry_id = self.registry_id

        registry_name = self.registry_name

        registry_type: str = self.registry_type

        registry_url = self.registry_url

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "imagePrefix": image_prefix,
                "organizationId": organization_id,
                "registryId": registry_id,
                "registryName": registry_name,
                "registryType": registry_type,
                "registryUrl": registry_url,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("createdAt")

        def _parse_image_prefix(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image_prefix = _parse_image_prefix(d.pop("imagePrefix"))

        organization_id = d.pop("organizationId")

        registry_id = d.pop("registryId")

        registry_name = d.pop("registryName")

        registry_type = check_registry_summary_registry_type(d.pop("registryType"))

        registry_url = d.pop("registryUrl")

        username = d.pop("username")

        registry_summary = cls(
            created_at=created_at,
            image_prefix=image_prefix,
            organization_id=organization_id,
            registry_id=registry_id,
            registry_name=registry_name,
            registry_type=registry_type,
            registry_url=registry_url,
            username=username,
        )

        registry_summary.additional_properties = d
        return registry_summary

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
