from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_metrics_config_server_type import (
    ServerMetricsConfigServerType,
    check_server_metrics_config_server_type,
)
from ..types import masked

if TYPE_CHECKING:
    from ..models.server_metrics_config_server_thresholds import ServerMetricsConfigServerThresholds


T = TypeVar("T", bound="ServerMetricsConfigServer")


@_attrs_define
class ServerMetricsConfigServer:
    """
    Attributes:
        cron_job (str):
        port (float):
        refresh_rate (float):
        retention_days (float):
        thresholds (ServerMetricsConfigServerThresholds):
        token (str):
        type_ (ServerMetricsConfigServerType):
        url_callback (str):
    """

    cron_job: str
    port: float
    refresh_rate: float
    retention_days: float
    thresholds: ServerMetricsConfigServerThresholds
    token: str = _attrs_field(repr=masked)
    type_: ServerMetricsConfigServerType
    url_callback: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron_job = self.cron_job

        port = self.port

        refresh_rate = self.refresh_rate

        retention_days = self.retention_days

        thresholds = self.thresholds.to_dict()

        token = self.token

        type_: str = self.type_

        url_callback = self.url_callback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cronJob": cron_job,
                "port": port,
                "refreshRate": refresh_rate,
                "retentionDays": retention_days,
                "thresholds": thresholds,
                "token": token,
                "type": type_,
                "urlCallback": url_callback,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_metrics_config_server_thresholds import (
            ServerMetricsConfigServerThresholds,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cron_job = d.pop("cronJob")

        port = d.pop("port")

        refresh_rate = d.pop("refreshRate")

        retention_days = d.pop("retentionDays")

        thresholds = ServerMetricsConfigServerThresholds.from_dict(d.pop("thresholds"))

        token = d.pop("token")

        type_ = check_server_metrics_config_server_type(d.pop("type"))

        url_callback = d.pop("urlCallback")

        server_metrics_config_server = cls(
            cron_job=cron_job,
            port=port,
            refresh_rate=refresh_rate,
            retention_days=retention_days,
            thresholds=thresholds,
            token=token,
            type_=type_,
            url_callback=url_callback,
        )

        server_metrics_config_server.additional_properties = d
        return server_metrics_config_server

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
