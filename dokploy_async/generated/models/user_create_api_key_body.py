from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_create_api_key_body_metadata import UserCreateApiKeyBodyMetadata


T = TypeVar("T", bound="UserCreateApiKeyBody")


@_attrs_define
class UserCreateApiKeyBody:
    """
    Attributes:
        name (str):
        metadata (UserCreateApiKeyBodyMetadata):
        prefix (str | Unset):
        expires_in (float | Unset):
        rate_limit_enabled (bool | Unset):
        rate_limit_time_window (float | Unset):
        rate_limit_max (float | Unset):
        remaining (float | Unset):
        refill_amount (float | Unset):
        refill_interval (float | Unset):
    """

    name: str
    metadata: UserCreateApiKeyBodyMetadata
    prefix: str | Unset = UNSET
    expires_in: float | Unset = UNSET
    rate_limit_enabled: bool | Unset = UNSET
    rate_limit_time_window: float | Unset = UNSET
    rate_limit_max: float | Unset = UNSET
    remaining: float | Unset = UNSET
    refill_amount: float | Unset = UNSET
    refill_interval: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        metadata = self.metadata.to_dict()

        prefix = self.prefix

        expires_in = self.expires_in

        rate_limit_enabled = self.rate_limit_enabled

        rate_limit_time_window = self.rate_limit_time_window

        rate_limit_max = self.rate_limit_max

        remaining = self.remaining

        refill_amount = self.refill_amount

        refill_interval = self.refill_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "metadata": metadata,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if rate_limit_enabled is not UNSET:
            field_dict["rateLimitEnabled"] = rate_limit_enabled
        if rate_limit_time_window is not UNSET:
            field_dict["rateLimitTimeWindow"] = rate_limit_time_window
        if rate_limit_max is not UNSET:
            field_dict["rateLimitMax"] = rate_limit_max
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if refill_amount is not UNSET:
            field_dict["refillAmount"] = refill_amount
        if refill_interval is not UNSET:
            field_dict["refillInterval"] = refill_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_create_api_key_body_metadata import UserCreateApiKeyBodyMetadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        metadata = UserCreateApiKeyBodyMetadata.from_dict(d.pop("metadata"))

        prefix = d.pop("prefix", UNSET)

        expires_in = d.pop("expiresIn", UNSET)

        rate_limit_enabled = d.pop("rateLimitEnabled", UNSET)

        rate_limit_time_window = d.pop("rateLimitTimeWindow", UNSET)

        rate_limit_max = d.pop("rateLimitMax", UNSET)

        remaining = d.pop("remaining", UNSET)

        refill_amount = d.pop("refillAmount", UNSET)

        refill_interval = d.pop("refillInterval", UNSET)

        user_create_api_key_body = cls(
            name=name,
            metadata=metadata,
            prefix=prefix,
            expires_in=expires_in,
            rate_limit_enabled=rate_limit_enabled,
            rate_limit_time_window=rate_limit_time_window,
            rate_limit_max=rate_limit_max,
            remaining=remaining,
            refill_amount=refill_amount,
            refill_interval=refill_interval,
        )

        user_create_api_key_body.additional_properties = d
        return user_create_api_key_body

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
