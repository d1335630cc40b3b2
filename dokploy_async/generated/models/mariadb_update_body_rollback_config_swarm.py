from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MariadbUpdateBodyRollbackConfigSwarm")


@_attrs_define
class MariadbUpdateBodyRollbackConfigSwarm:
    """
    Attributes:
        parallelism (float):
        order (str):
        delay (float | Unset):
        failure_action (str | Unset):
        monitor (float | Unset):
        max_failure_ratio (float | Unset):
    """

    parallelism: float
    order: str
    delay: float | Unset = UNSET
    failure_action: str | Unset = UNSET
    monitor: float | Unset = UNSET
    max_failure_ratio: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        parallelism = self.parallelism

        order = self.order

        delay = self.delay

        failure_action = self.failure_action

        monitor = self.monitor

        max_failure_ratio = self.max_failure_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Parallelism": parallelism,
                "Order": order,
            }
        )
        if delay is not UNSET:
            field_dict["Delay"] = delay
        if failure_action is not UNSET:
            field_dict["FailureAction"] = failure_action
        if monitor is not UNSET:
            field_dict["Monitor"] = monitor
        if max_failure_ratio is not UNSET:
            field_dict["MaxFailureRatio"] = max_failure_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parallelism = d.pop("Parallelism")

        order = d.pop("Order")

        delay = d.pop("Delay", UNSET)

        failure_action = d.pop("FailureAction", UNSET)

        monitor = d.pop("Monitor", UNSET)

        max_failure_ratio = d.pop("MaxFailureRatio", UNSET)

        mariadb_update_body_rollback_config_swarm = cls(
            parallelism=parallelism,
            order=order,
            delay=delay,
            failure_action=failure_action,
            monitor=monitor,
            max_failure_ratio=max_failure_ratio,
        )

        return mariadb_update_body_rollback_config_swarm
