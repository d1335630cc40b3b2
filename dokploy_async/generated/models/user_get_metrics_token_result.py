from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_get_metrics_token_result_metrics_config import (
        UserGetMetricsTokenResultMetricsConfig,
    )


T = TypeVar("T", bound="UserGetMetricsTokenResult")


@_attrs_define
class UserGetMetricsTokenResult:
    """
    Attributes:
        enabled_features (bool):
        metrics_config (UserGetMetricsTokenResultMetricsConfig | Unset):
        server_ip (None | str | Unset):
    """

    enabled_features: bool
    metrics_config: UserGetMetricsTokenResultMetricsConfig | Unset = UNSET
    server_ip: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled_features = self.enabled_features

        metrics_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics_config, Unset):
            metrics_config = self.metrics_config.to_dict()

        server_ip: None | str | Unset
        if isinstance(self.server_ip, Unset):
            server_ip = UNSET
        else:
            server_ip = self.server_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabledFeatures": enabled_features,
            }
        )
        if metrics_config is not UNSET:
            field_dict["metricsConfig"] = metrics_config
        if server_ip is not UNSET:
            field_dict["serverIp"] = server_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_get_metrics_token_result_metrics_config import (
            UserGetMetricsTokenResultMetricsConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        enabled_features = d.pop("enabledFeatures")

        _metrics_config = d.pop("metricsConfig", UNSET)
        metrics_config: UserGetMetricsTokenResultMetricsConfig | Unset
        if isinstance(_metrics_config, Unset):
            metrics_config = UNSET
        else:
            metrics_config = UserGetMetricsTokenResultMetricsConfig.from_dict(_metrics_config)

        def _parse_server_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_ip = _parse_server_ip(d.pop("serverIp", UNSET))

        user_get_metrics_token_result = cls(
            enabled_features=enabled_features,
            metrics_config=metrics_config,
            server_ip=server_ip,
        )

        user_get_metrics_token_result.additional_properties = d
        return user_get_metrics_token_result

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
