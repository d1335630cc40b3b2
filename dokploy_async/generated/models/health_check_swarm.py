from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthCheckSwarm")


@_attrs_define
class HealthCheckSwarm:
    """
    Attributes:
        interval (float | Unset):
        retries (float | Unset):
        start_period (float | Unset):
        test (list[str] | Unset):
        timeout (float | Unset):
    """

    interval: float | Unset = UNSET
    retries: float | Unset = UNSET
    start_period: float | Unset = UNSET
    test: list[str] | Unset = UNSET
    timeout: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        retries = self.retries

        start_period = self.start_period

        test: list[str] | Unset = UNSET
        if not isinstance(self.test, Unset):
            test = self.test

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval is not UNSET:
            field_dict["Interval"] = interval
        if retries is not UNSET:
            field_dict["Retries"] = retries
        if start_period is not UNSET:
            field_dict["StartPeriod"] = start_period
        if test is not UNSET:
            field_dict["Test"] = test
        if timeout is not UNSET:
            field_dict["Timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interval = d.pop("Interval", UNSET)

        retries = d.pop("Retries", UNSET)

        start_period = d.pop("StartPeriod", UNSET)

        test = cast(list[str], d.pop("Test", UNSET))

        timeout = d.pop("Timeout", UNSET)

        health_check_swarm = cls(
            interval=interval,
            retries=retries,
            start_period=start_period,
            test=test,
            timeout=timeout,
        )

        health_check_swarm.additional_properties = d
        return health_check_swarm

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
