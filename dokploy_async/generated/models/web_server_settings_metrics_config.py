from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.web_server_settings_metrics_config_containers import (
        WebServerSettingsMetricsConfigContainers,
    )
    from ..models.web_server_settings_metrics_config_server import (
        WebServerSettingsMetricsConfigServer,
    )


T = TypeVar("T", bound="WebServerSettingsMetricsConfig")


@_attrs_define
class WebServerSettingsMetricsConfig:
    """
    Attributes:
        containers (WebServerSettingsMetricsConfigContainers):
        server (WebServerSettingsMetricsConfigServer):
    """

    containers: WebServerSettingsMetricsConfigContainers
    server: WebServerSettingsMetricsConfigServer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        containers = self.containers.to_dict()

        server = self.server.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containers": containers,
                "server": server,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_server_settings_metrics_config_containers import (
            WebServerSettingsMetricsConfigContainers,  # noqa: PLC0415
        )
        from ..models.web_server_settings_metrics_config_server import (
            WebServerSettingsMetricsConfigServer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        containers = WebServerSettingsMetricsConfigContainers.from_dict(d.pop("containers"))

        server = WebServerSettingsMetricsConfigServer.from_dict(d.pop("server"))

        web_server_settings_metrics_config = cls(
            containers=containers,
            server=server,
        )

        web_server_settings_metrics_config.additional_properties = d
        return web_server_settings_metrics_config

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
