from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationUpdateBody")


@_attrs_define
class OrganizationUpdateBody:
    """
    Attributes:
        organization_id (str):
        name (str):
        logo (str | Unset):
        default_role (None | str | Unset):
    """

    organization_id: str
    name: str
    logo: str | Unset = UNSET
    default_role: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        name = self.name

        logo = self.logo

        default_role: None | str | Unset
        if isinstance(self.default_role, Unset):
            default_role = UNSET
        else:
            default_role = self.default_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationId": organization_id,
                "name": name,
            }
        )
        if logo is not UNSET:
            field_dict["logo"] = logo
        if default_role is not UNSET:
            field_dict["defaultRole"] = default_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organizationId")

        name = d.pop("name")

        logo = d.pop("logo", UNSET)

        def _parse_default_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_role = _parse_default_role(d.pop("defaultRole", UNSET))

        organization_update_body = cls(
            organization_id=organization_id,
            name=name,
            logo=logo,
            default_role=default_role,
        )

        organization_update_body.additional_properties = d
        return organization_update_body

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
