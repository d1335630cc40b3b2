from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainValidateDomainResult")


@_attrs_define
class DomainValidateDomainResult:
    """
    Attributes:
        is_valid (bool):
        cdn_provider (str | Unset):
        error (str | Unset):
        is_cloudflare (bool | Unset):
        resolved_ip (str | Unset):
    """

    is_valid: bool
    cdn_provider: str | Unset = UNSET
    error: str | Unset = UNSET
    is_cloudflare: bool | Unset = UNSET
    resolved_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_valid = self.is_valid

        cdn_provider = self.cdn_provider

        error = self.error

        is_cloudflare = self.is_cloudflare

        resolved_ip = self.resolved_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isValid": is_valid,
            }
        )
        if cdn_provider is not UNSET:
            field_dict["cdnProvider"] = cdn_provider
        if error is not UNSET:
            field_dict["error"] = error
        if is_cloudflare is not UNSET:
            field_dict["isCloudflare"] = is_cloudflare
        if resolved_ip is not UNSET:
            field_dict["resolvedIp"] = resolved_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_valid = d.pop("isValid")

        cdn_provider = d.pop("cdnProvider", UNSET)

        error = d.pop("error", UNSET)

        is_cloudflare = d.pop("isCloudflare", UNSET)

        resolved_ip = d.pop("resolvedIp", UNSET)

        domain_validate_domain_result = cls(
            is_valid=is_valid,
            cdn_provider=cdn_provider,
            error=error,
            is_cloudflare=is_cloudflare,
            resolved_ip=resolved_ip,
        )

        domain_validate_domain_result.additional_properties = d
        return domain_validate_domain_result

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
