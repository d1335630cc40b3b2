from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DestinationSummary")


@_attrs_define
class DestinationSummary:
    """A partial record of Dokploy's `destinations` table.

    Attributes:
        additional_flags (list[str] | None):
        bucket (str):
        created_at (datetime.datetime):
        destination_id (str):
        endpoint (str):
        name (str):
        organization_id (str):
        provider (None | str):
        region (str):
    """

    additional_flags: list[str] | None
    bucket: str
    created_at: datetime.datetime
    destination_id: str
    endpoint: str
    name: str
    organization_id: str
    provider: None | str
    region: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_flags: list[str] | None
        if isinstance(self.additional_flags, list):
            additional_flags = self.additional_flags

        else:
            additional_flags = self.additional_flags

        bucket = self.bucket

        created_at = (
            self.created_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        destination_id = self.destination_id

        endpoint = self.endpoint

        name = self.name

        organization_id = self.organization_id

        provider: None | str
        provider = self.provider

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "additionalFlags": additional_flags,
                "bucket": bucket,
                "createdAt": created_at,
                "destinationId": destination_id,
                "endpoint": endpoint,
                "name": name,
                "organizationId": organization_id,
                "provider": provider,
                "region": region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_additional_flags(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_flags_type_0 = cast(list[str], data)

                return additional_flags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        additional_flags = _parse_additional_flags(d.pop("additionalFlags"))

        bucket = d.pop("bucket")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        destination_id = d.pop("destinationId")

        endpoint = d.pop("endpoint")

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        def _parse_provider(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider = _parse_provider(d.pop("provider"))

        region = d.pop("region")

        destination_summary = cls(
            additional_flags=additional_flags,
            bucket=bucket,
            created_at=created_at,
            destination_id=destination_id,
            endpoint=endpoint,
            name=name,
            organization_id=organization_id,
            provider=provider,
            region=region,
        )

        destination_summary.additional_properties = d
        return destination_summary

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
