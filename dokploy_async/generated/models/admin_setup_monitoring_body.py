from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.admin_setup_monitoring_body_metrics_config import (
        AdminSetupMonitoringBodyMetricsConfig,
    )


T = TypeVar("T", bound="AdminSetupMonitoringBody")


@_attrs_define
class AdminSetupMonitoringBody:
    """
    Attributes:
        metrics_config (AdminSetupMonitoringBodyMetricsConfig):
    """

    metrics_config: AdminSetupMonitoringBodyMetricsConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics_config = self.metrics_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metricsConfig": metrics_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_setup_monitoring_body_metrics_config import (
            AdminSetupMonitoringBodyMetricsConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        metrics_config = AdminSetupMonitoringBodyMetricsConfig.from_dict(d.pop("metricsConfig"))

        admin_setup_monitoring_body = cls(
            metrics_config=metrics_config,
        )

        admin_setup_monitoring_body.additional_properties = d
        return admin_setup_monitoring_body

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
