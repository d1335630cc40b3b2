from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasskeySummary")


@_attrs_define
class PasskeySummary:
    """A partial record of Dokploy's `passkey` table.

    Attributes:
        aaguid (None | str):
        backed_up (bool):
        created_at (datetime.datetime | None):
        device_type (str):
        id (str):
        name (None | str):
    """

    aaguid: None | str
    backed_up: bool
    created_at: datetime.datetime | None
    device_type: str
    id: str
    name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aaguid: None | str
        aaguid = self.aaguid

        backed_up = self.backed_up

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.astimezone(datetime.UTC)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            created_at = self.created_at

        device_type = self.device_type

        id = self.id

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aaguid": aaguid,
                "backedUp": backed_up,
                "createdAt": created_at,
                "deviceType": device_type,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_aaguid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        aaguid = _parse_aaguid(d.pop("aaguid"))

        backed_up = d.pop("backedUp")

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("createdAt"))

        device_type = d.pop("deviceType")

        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        passkey_summary = cls(
            aaguid=aaguid,
            backed_up=backed_up,
            created_at=created_at,
            device_type=device_type,
            id=id,
            name=name,
        )

        passkey_summary.additional_properties = d
        return passkey_summary

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
