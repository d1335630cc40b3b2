from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrganizationRole")


@_attrs_define
class OrganizationRole:
    """A record of Dokploy's `organizationRole` table.

    Attributes:
        created_at (datetime.datetime):
        id (str):
        organization_id (str):
        permission (str):
        role (str):
        updated_at (datetime.datetime | None):
    """

    created_at: datetime.datetime
    id: str
    organization_id: str
    permission: str
    role: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = (
            self.created_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        id = self.id

        organization_id = self.organization_id

        permission = self.permission

        role = self.role

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at.astimezone(datetime.UTC)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "id": id,
                "organizationId": organization_id,
                "permission": permission,
                "role": role,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = d.pop("id")

        organization_id = d.pop("organizationId")

        permission = d.pop("permission")

        role = d.pop("role")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updatedAt"))

        organization_role = cls(
            created_at=created_at,
            id=id,
            organization_id=organization_id,
            permission=permission,
            role=role,
            updated_at=updated_at,
        )

        organization_role.additional_properties = d
        return organization_role

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
