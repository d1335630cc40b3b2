from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Apikey")


@_attrs_define
class Apikey:
    """A record of Dokploy's `apikey` table.

    Attributes:
        config_id (str):
        created_at (datetime.datetime):
        enabled (bool | None):
        expires_at (datetime.datetime | None):
        id (str):
        key (str):
        last_refill_at (datetime.datetime | None):
        last_request (datetime.datetime | None):
        metadata (Any): Plain JSON: Dokploy's source types this as any.
        name (None | str):
        permissions (Any): Plain JSON: Dokploy's source types this as any.
        prefix (None | str):
        rate_limit_enabled (bool | None):
        rate_limit_max (int | None):
        rate_limit_time_window (int | None):
        reference_id (str):
        refill_amount (int | None):
        refill_interval (int | None):
        remaining (int | None):
        request_count (int | None):
        start (None | str):
        updated_at (datetime.datetime):
    """

    config_id: str
    created_at: datetime.datetime
    enabled: bool | None
    expires_at: datetime.datetime | None
    id: str
    key: str
    last_refill_at: datetime.datetime | None
    last_request: datetime.datetime | None
    metadata: Any
    name: None | str
    permissions: Any
    prefix: None | str
    rate_limit_enabled: bool | None
    rate_limit_max: int | None
    rate_limit_time_window: int | None
    reference_id: str
    refill_amount: int | None
    refill_interval: int | None
    remaining: int | None
    request_count: int | None
    start: None | str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_id = self.config_id

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

        key = self.key

        last_refill_at: None | str
        if isinstance(self.last_refill_at, datetime.datetime):
            last_refill_at = (
                self.last_refill_at.astimezone(datetime.UTC)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            last_refill_at = self.last_refill_at

        last_request: None | str
        if isinstance(self.last_request, datetime.datetime):
            last_request = (
                self.last_request.astimezone(datetime.UTC)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            last_request = self.last_request

        metadata = self.metadata

        name: None | str
        name = self.name

        permissions = self.permissions

        prefix: None | str
        prefix = self.prefix

        rate_limit_enabled: bool | None
        rate_limit_enabled = self.rate_limit_enabled

        rate_limit_max: int | None
        rate_limit_max = self.rate_limit_max

        rate_limit_time_window: int | None
        rate_limit_time_window = self.rate_limit_time_window

        reference_id = self.reference_id

        refill_amount: int | None
        refill_amount = self.refill_amount

        refill_interval: int | None
        refill_interval = self.refill_interval

        remaining: int | None
        remaining = self.remaining

        request_count: int | None
        request_count = self.request_count

        start: None | str
        start = self.start

        updated_at = (
            self.updated_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configId": config_id,
                "createdAt": created_at,
                "enabled": enabled,
                "expiresAt": expires_at,
                "id": id,
                "key": key,
                "lastRefillAt": last_refill_at,
                "lastRequest": last_request,
                "metadata": metadata,
                "name": name,
                "permissions": permissions,
                "prefix": prefix,
                "rateLimitEnabled": rate_limit_enabled,
                "rateLimitMax": rate_limit_max,
                "rateLimitTimeWindow": rate_limit_time_window,
                "referenceId": reference_id,
                "refillAmount": refill_amount,
                "refillInterval": refill_interval,
                "remaining": remaining,
                "requestCount": request_count,
                "start": start,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config_id = d.pop("configId")

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

        key = d.pop("key")

        def _parse_last_refill_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_refill_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_refill_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_refill_at = _parse_last_refill_at(d.pop("lastRefillAt"))

        def _parse_last_request(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_request_type_0 = datetime.datetime.fromisoformat(data)

                return last_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_request = _parse_last_request(d.pop("lastRequest"))

        metadata = d.pop("metadata")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        permissions = d.pop("permissions")

        def _parse_prefix(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prefix = _parse_prefix(d.pop("prefix"))

        def _parse_rate_limit_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        rate_limit_enabled = _parse_rate_limit_enabled(d.pop("rateLimitEnabled"))

        def _parse_rate_limit_max(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rate_limit_max = _parse_rate_limit_max(d.pop("rateLimitMax"))

        def _parse_rate_limit_time_window(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rate_limit_time_window = _parse_rate_limit_time_window(d.pop("rateLimitTimeWindow"))

        reference_id = d.pop("referenceId")

        def _parse_refill_amount(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        refill_amount = _parse_refill_amount(d.pop("refillAmount"))

        def _parse_refill_interval(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        refill_interval = _parse_refill_interval(d.pop("refillInterval"))

        def _parse_remaining(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        remaining = _parse_remaining(d.pop("remaining"))

        def _parse_request_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        request_count = _parse_request_count(d.pop("requestCount"))

        def _parse_start(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start = _parse_start(d.pop("start"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        apikey = cls(
            config_id=config_id,
            created_at=created_at,
            enabled=enabled,
            expires_at=expires_at,
            id=id,
            key=key,
            last_refill_at=last_refill_at,
            last_request=last_request,
            metadata=metadata,
            name=name,
            permissions=permissions,
            prefix=prefix,
            rate_limit_enabled=rate_limit_enabled,
            rate_limit_max=rate_limit_max,
            rate_limit_time_window=rate_limit_time_window,
            reference_id=reference_id,
            refill_amount=refill_amount,
            refill_interval=refill_interval,
            remaining=remaining,
            request_count=request_count,
            start=start,
            updated_at=updated_at,
        )

        apikey.additional_properties = d
        return apikey

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
