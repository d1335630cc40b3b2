from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

if TYPE_CHECKING:
    from ..models.admin_setup_monitoring_body_metrics_config_server_thresholds import (
        AdminSetupMonitoringBodyMetricsConfigServerThresholds,
    )


T = TypeVar("T", bound="AdminSetupMonitoringBodyMetricsConfigServer")


@_attrs_define
class AdminSetupMonitoringBodyMetricsConfigServer:
    """
    Attributes:
        refresh_rate (float):
        port (float):
        token (str):
        url_callback (str):
        retention_days (float):
        cron_job (str):
        thresholds (AdminSetupMonitoringBodyMetricsConfigServerThresholds):
    """

    refresh_rate: float
    port: float
    token: str = _attrs_field(repr=masked)
    url_callback: str
    retention_days: float
    cron_job: str
    thresholds: AdminSetupMonitoringBodyMetricsConfigServerThresholds
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refresh_rate = self.refresh_rate

        port = self.port

        token = self.token

        url_callback = self.url_callback

        retention_days = self.retention_days

        cron_job = self.cron_job

        thresholds = self.thresholds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refreshRate": refresh_rate,
                "port": port,
                "token": token,
                "urlCallback": url_callback,
                "retentionDays": retention_days,
                "cronJob": cron_job,
                "thresholds": thresholds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_setup_monitoring_body_metrics_config_server_thresholds import (
            AdminSetupMonitoringBodyMetricsConfigServerThresholds,  # noqa: PLC0415
        )

        d = dict(src_dict)
        refresh_rate = d.pop("refreshRate")

        port = d.pop("port")

        token = d.pop("token")

        url_callback = d.pop("urlCallback")

        retention_days = d.pop("retentionDays")

        cron_job = d.pop("cronJob")

        thresholds = AdminSetupMonitoringBodyMetricsConfigServerThresholds.from_dict(
            d.pop("thresholds")
        )

        admin_setup_monitoring_body_metrics_config_server = cls(
            refresh_rate=refresh_rate,
            port=port,
            token=token,
            url_callback=url_callback,
            retention_days=retention_days,
            cron_job=cron_job,
            thresholds=thresholds,
        )

        admin_setup_monitoring_body_metrics_config_server.additional_properties = d
        return admin_setup_monitoring_body_metrics_config_server

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
