from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dns_provider_update_body_config_variant_1 import (
        DnsProviderUpdateBodyConfigVariant1,
    )
    from ..models.dns_provider_update_body_config_variant_2 import (
        DnsProviderUpdateBodyConfigVariant2,
    )


T = TypeVar("T", bound="DnsProviderUpdateBody")


@_attrs_define
class DnsProviderUpdateBody:
    """
    Attributes:
        dns_provider_id (str):
        name (str):
        config (DnsProviderUpdateBodyConfigVariant1 | DnsProviderUpdateBodyConfigVariant2):
    """

    dns_provider_id: str
    name: str
    config: DnsProviderUpdateBodyConfigVariant1 | DnsProviderUpdateBodyConfigVariant2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dns_provider_update_body_config_variant_1 import (
            DnsProviderUpdateBodyConfigVariant1,  # noqa: PLC0415
        )

        dns_provider_id = self.dns_provider_id

        name = self.name

        config: dict[str, Any]
        if isinstance(self.config, DnsProviderUpdateBodyConfigVariant1):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dnsProviderId": dns_provider_id,
                "name": name,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dns_provider_update_body_config_variant_1 import (
            DnsProviderUpdateBodyConfigVariant1,  # noqa: PLC0415
        )
        from ..models.dns_provider_update_body_config_variant_2 import (
            DnsProviderUpdateBodyConfigVariant2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        dns_provider_id = d.pop("dnsProviderId")

        name = d.pop("name")

        def _parse_config(
            data: object,
        ) -> DnsProviderUpdateBodyConfigVariant1 | DnsProviderUpdateBodyConfigVariant2:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_1 = DnsProviderUpdateBodyConfigVariant1.from_dict(data)

                return config_config_variant_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_config_variant_2 = DnsProviderUpdateBodyConfigVariant2.from_dict(data)

            return config_config_variant_2

        config = _parse_config(d.pop("config"))

        dns_provider_update_body = cls(
            dns_provider_id=dns_provider_id,
            name=name,
            config=config,
        )

        dns_provider_update_body.additional_properties = d
        return dns_provider_update_body

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
