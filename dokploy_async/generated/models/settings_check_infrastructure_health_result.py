from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.service_health_status import ServiceHealthStatus


T = TypeVar("T", bound="SettingsCheckInfrastructureHealthResult")


@_attrs_define
class SettingsCheckInfrastructureHealthResult:
    """
    Attributes:
        postgres (ServiceHealthStatus):
        traefik (ServiceHealthStatus):
    """

    postgres: ServiceHealthStatus
    traefik: ServiceHealthStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        postgres = self.postgres.to_dict()

        traefik = self.traefik.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "postgres": postgres,
                "traefik": traefik,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_health_status import ServiceHealthStatus  # noqa: PLC0415

        d = dict(src_dict)
        postgres = ServiceHealthStatus.from_dict(d.pop("postgres"))

        traefik = ServiceHealthStatus.from_dict(d.pop("traefik"))

        settings_check_infrastructure_health_result = cls(
            postgres=postgres,
            traefik=traefik,
        )

        settings_check_infrastructure_health_result.additional_properties = d
        return settings_check_infrastructure_health_result

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
