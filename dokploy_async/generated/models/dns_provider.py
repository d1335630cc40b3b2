from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dns_provider_provider_type import (
    DnsProviderProviderType,
    check_dns_provider_provider_type,
)

if TYPE_CHECKING:
    from ..models.dns_provider_config_type_0 import DnsProviderConfigType0
    from ..models.dns_provider_config_type_1 import DnsProviderConfigType1


T = TypeVar("T", bound="DnsProvider")


@_attrs_define
class DnsProvider:
    """A record of Dokploy's `dnsProvider` table.

    Attributes:
        config (DnsProviderConfigType0 | DnsProviderConfigType1):
        created_at (str):
        dns_provider_id (str):
        name (str):
        organization_id (str):
        provider_type (DnsProviderProviderType):
    """

    config: DnsProviderConfigType0 | DnsProviderConfigType1
    created_at: str
    dns_provider_id: str
    name: str
    organization_id: str
    provider_type: DnsProviderProviderType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dns_provider_config_type_0 import DnsProviderConfigType0  # noqa: PLC0415

        config: dict[str, Any]
        if isinstance(self.config, DnsProviderConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        created_at = self.created_at

        dns_provider_id = self.dns_provider_id

        name = self.name

        organization_id = self.organization_id

        provider_type: str = self.provider_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "createdAt": created_at,
                "dnsProviderId": dns_provider_id,
                "name": name,
                "organizationId": organization_id,
                "providerType": provider_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dns_provider_config_type_0 import DnsProviderConfigType0  # noqa: PLC0415
        from ..models.dns_provider_config_type_1 import DnsProviderConfigType1  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_config(data: object) -> DnsProviderConfigType0 | DnsProviderConfigType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = DnsProviderConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_type_1 = DnsProviderConfigType1.from_dict(data)

            return config_type_1

        config = _parse_config(d.pop("config"))

        created_at = d.pop("createdAt")

        dns_provider_id = d.pop("dnsProviderId")

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        provider_type = check_dns_provider_provider_type(d.pop("providerType"))

        dns_provider = cls(
            config=config,
            created_at=created_at,
            dns_provider_id=dns_provider_id,
            name=name,
            organization_id=organization_id,
            provider_type=provider_type,
        )

        dns_provider.additional_properties = d
        return dns_provider

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
