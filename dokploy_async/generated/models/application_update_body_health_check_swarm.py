from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationUpdateBodyHealthCheckSwarm")


@_attrs_define
class ApplicationUpdateBodyHealthCheckSwarm:
    """
    Attributes:
        test (list[str] | Unset):
        interval (float | Unset):
        timeout (float | Unset):
        start_period (float | Unset):
        retries (float | Unset):
    """

    test: list[str] | Unset = UNSET
    interval: float | Unset = UNSET
    timeout: float | Unset = UNSET
    start_period: float | Unset = UNSET
    retries: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        test: list[str] | Unset = UNSET
        if not isinstance(self.test, Unset):
            test = self.test

        interval = self.interval

        timeout = self.timeout

        start_period = self.start_period

        retries = self.retries

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if test is not UNSET:
            field_dict["Test"] = test
        if interval is not UNSET:
            field_dict["Interval"] = interval
        if timeout is not UNSET:
            field_dict["Timeout"] = timeout
        if start_period is not UNSET:
            field_dict["StartPeriod"] = start_period
        if retries is not UNSET:
            field_dict["Retries"] = retries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test = cast(list[str], d.pop("Test", UNSET))

        interval = d.pop("Interval", UNSET)

        timeout = d.pop("Timeout", UNSET)

        start_period = d.pop("StartPeriod", UNSET)

        retries = d.pop("Retries", UNSET)

        application_update_body_health_check_swarm = cls(
            test=test,
            interval=interval,
            timeout=timeout,
            start_period=start_period,
            retries=retries,
        )

        return application_update_body_health_check_swarm
