from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditLog")


@_attrs_define
class AuditLog:
    """A record of Dokploy's `auditLog` table.

    Attributes:
        action (str):
        created_at (datetime.datetime):
        id (str):
        metadata (None | str):
        organization_id (None | str):
        resource_id (None | str):
        resource_name (None | str):
        resource_type (str):
        user_email (str):
        user_id (None | str):
        user_role (str):
    """

    action: str
    created_at: datetime.datetime
    id: str
    metadata: None | str
    organization_id: None | str
    resource_id: None | str
    resource_name: None | str
    resource_type: str
    user_email: str
    user_id: None | str
    user_role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        created_at = (
            self.created_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        id = self.id

        metadata: None | str
        metadata = self.metadata

        organization_id: None | str
        organization_id = self.organization_id

        resource_id: None | str
        resource_id = self.resource_id

        resource_name: None | str
        resource_name = self.resource_name

        resource_type = self.resource_type

        user_email = self.user_email

        user_id: None | str
        user_id = self.user_id

        user_role = self.user_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "createdAt": created_at,
                "id": id,
                "metadata": metadata,
                "organizationId": organization_id,
                "resourceId": resource_id,
                "resourceName": resource_name,
                "resourceType": resource_type,
                "userEmail": user_email,
                "userId": user_id,
                "userRole": user_role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = d.pop("id")

        def _parse_metadata(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        metadata = _parse_metadata(d.pop("metadata"))

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organizationId"))

        def _parse_resource_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_id = _parse_resource_id(d.pop("resourceId"))

        def _parse_resource_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_name = _parse_resource_name(d.pop("resourceName"))

        resource_type = d.pop("resourceType")

        user_email = d.pop("userEmail")

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("userId"))

        user_role = d.pop("userRole")

        audit_log = cls(
            action=action,
            created_at=created_at,
            id=id,
            metadata=metadata,
            organization_id=organization_id,
            resource_id=resource_id,
            resource_name=resource_name,
            resource_type=resource_type,
            user_email=user_email,
            user_id=user_id,
            user_role=user_role,
        )

        audit_log.additional_properties = d
        return audit_log

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
