from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApikeySummary")


@_attrs_define
class ApikeySummary:
    """A partial record of Dokploy's `apikey` table.

    Attributes:
        created_at (datetime.datetime):
        enabled (bool | None):
        expires_at (datetime.datetime | None):
        id (str):
        name (None | str):
        prefix (None | str):
    """

    created_at: datetime.datetime
    enabled: bool | None
    expires_at: datetime.datetime | None
    id: str
    name: None | str
    prefix: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = (
            self.created_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        enabled: bool | None
        enabled = self.enabled

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = (
                self.expires_at.astimezone(datetime.UTC)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            expires_at = self.expires_at

        id = self.id

        name: None | str
        name = self.name

        prefix: None | str
        prefix = self.prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "enabled": enabled,
                "expiresAt": expires_at,
                "id": id,
                "name": name,
                "prefix": prefix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        enabled = _parse_enabled(d.pop("enabled"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_prefix(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prefix = _parse_prefix(d.pop("prefix"))

        apikey_summary = cls(
            created_at=created_at,
            enabled=enabled,
            expires_at=expires_at,
            id=id,
            name=name,
            prefix=prefix,
        )

        apikey_summary.additional_properties = d
        return apikey_summary

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
