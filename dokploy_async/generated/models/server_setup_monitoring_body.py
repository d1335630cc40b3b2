from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.server_setup_monitoring_body_metrics_config import (
        ServerSetupMonitoringBodyMetricsConfig,
    )


T = TypeVar("T", bound="ServerSetupMonitoringBody")


@_attrs_define
class ServerSetupMonitoringBody:
    """
    Attributes:
        server_id (str):
        metrics_config (ServerSetupMonitoringBodyMetricsConfig):
    """

    server_id: str
    metrics_config: ServerSetupMonitoringBodyMetricsConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_id = self.server_id

        metrics_config = self.metrics_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serverId": server_id,
                "metricsConfig": metrics_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_setup_monitoring_body_metrics_config import (
            ServerSetupMonitoringBodyMetricsConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        server_id = d.pop("serverId")

        metrics_config = ServerSetupMonitoringBodyMetricsConfig.from_dict(d.pop("metricsConfig"))

        server_setup_monitoring_body = cls(
            server_id=server_id,
            metrics_config=metrics_config,
        )

        server_setup_monitoring_body.additional_properties = d
        return server_setup_monitoring_body

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
