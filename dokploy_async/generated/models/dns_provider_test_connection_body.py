from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dns_provider_test_connection_body_config_variant_1 import (
        DnsProviderTestConnectionBodyConfigVariant1,
    )
    from ..models.dns_provider_test_connection_body_config_variant_2 import (
        DnsProviderTestConnectionBodyConfigVariant2,
    )


T = TypeVar("T", bound="DnsProviderTestConnectionBody")


@_attrs_define
class DnsProviderTestConnectionBody:
    """
    Attributes:
        dns_provider_id (str | Unset):
        config (DnsProviderTestConnectionBodyConfigVariant1 | DnsProviderTestConnectionBodyConfigVariant2 | Unset):
    """

    dns_provider_id: str | Unset = UNSET
    config: (
        DnsProviderTestConnectionBodyConfigVariant1
        | DnsProviderTestConnectionBodyConfigVariant2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dns_provider_test_connection_body_config_variant_1 import (
            DnsProviderTestConnectionBodyConfigVariant1,  # noqa: PLC0415
        )

        dns_provider_id = self.dns_provider_id

        config: dict[str, Any] | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, DnsProviderTestConnectionBodyConfigVariant1):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dns_provider_id is not UNSET:
            field_dict["dnsProviderId"] = dns_provider_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dns_provider_test_connection_body_config_variant_1 import (
            DnsProviderTestConnectionBodyConfigVariant1,  # noqa: PLC0415
        )
        from ..models.dns_provider_test_connection_body_config_variant_2 import (
            DnsProviderTestConnectionBodyConfigVariant2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        dns_provider_id = d.pop("dnsProviderId", UNSET)

        def _parse_config(
            data: object,
        ) -> (
            DnsProviderTestConnectionBodyConfigVariant1
            | DnsProviderTestConnectionBodyConfigVariant2
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_1 = DnsProviderTestConnectionBodyConfigVariant1.from_dict(
                    data
                )

                return config_config_variant_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_config_variant_2 = DnsProviderTestConnectionBodyConfigVariant2.from_dict(data)

            return config_config_variant_2

        config = _parse_config(d.pop("config", UNSET))

        dns_provider_test_connection_body = cls(
            dns_provider_id=dns_provider_id,
            config=config,
        )

        dns_provider_test_connection_body.additional_properties = d
        return dns_provider_test_connection_body

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
