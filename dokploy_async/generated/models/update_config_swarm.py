from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateConfigSwarm")


@_attrs_define
class UpdateConfigSwarm:
    """
    Attributes:
        order (str):
        parallelism (float):
        delay (float | Unset):
        failure_action (str | Unset):
        max_failure_ratio (float | Unset):
        monitor (float | Unset):
    """

    order: str
    parallelism: float
    delay: float | Unset = UNSET
    failure_action: str | Unset = UNSET
    max_failure_ratio: float | Unset = UNSET
    monitor: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order

        parallelism = self.parallelism

        delay = self.delay

        failure_action = self.failure_action

        max_failure_ratio = self.max_failure_ratio

        monitor = self.monitor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Order": order,
                "Parallelism": parallelism,
            }
        )
        if delay is not UNSET:
            field_dict["Delay"] = delay
        if failure_action is not UNSET:
            field_dict["FailureAction"] = failure_action
        if max_failure_ratio is not UNSET:
            field_dict["MaxFailureRatio"] = max_failure_ratio
        if monitor is not UNSET:
            field_dict["Monitor"] = monitor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order = d.pop("Order")

        parallelism = d.pop("Parallelism")

        delay = d.pop("Delay", UNSET)

        failure_action = d.pop("FailureAction", UNSET)

        max_failure_ratio = d.pop("MaxFailureRatio", UNSET)

        monitor = d.pop("Monitor", UNSET)

        update_config_swarm = cls(
            order=order,
            parallelism=parallelism,
            delay=delay,
            failure_action=failure_action,
            max_failure_ratio=max_failure_ratio,
            monitor=monitor,
        )

        update_config_swarm.additional_properties = d
        return update_config_swarm

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
