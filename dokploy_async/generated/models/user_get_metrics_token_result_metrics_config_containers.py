from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_get_metrics_token_result_metrics_config_containers_services import (
        UserGetMetricsTokenResultMetricsConfigContainersServices,
    )


T = TypeVar("T", bound="UserGetMetricsTokenResultMetricsConfigContainers")


@_attrs_define
class UserGetMetricsTokenResultMetricsConfigContainers:
    """
    Attributes:
        refresh_rate (float):
        services (UserGetMetricsTokenResultMetricsConfigContainersServices):
    """

    refresh_rate: float
    services: UserGetMetricsTokenResultMetricsConfigContainersServices
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refresh_rate = self.refresh_rate

        services = self.services.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refreshRate": refresh_rate,
                "services": services,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_get_metrics_token_result_metrics_config_containers_services import (
            UserGetMetricsTokenResultMetricsConfigContainersServices,  # noqa: PLC0415
        )

        d = dict(src_dict)
        refresh_rate = d.pop("refreshRate")

        services = UserGetMetricsTokenResultMetricsConfigContainersServices.from_dict(
            d.pop("services")
        )

        user_get_metrics_token_result_metrics_config_containers = cls(
            refresh_rate=refresh_rate,
            services=services,
        )

        user_get_metrics_token_result_metrics_config_containers.additional_properties = d
        return user_get_metrics_token_result_metrics_config_containers

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
