from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestartPolicySwarm")


@_attrs_define
class RestartPolicySwarm:
    """
    Attributes:
        condition (str | Unset):
        delay (float | Unset):
        max_attempts (float | Unset):
        window (float | Unset):
    """

    condition: str | Unset = UNSET
    delay: float | Unset = UNSET
    max_attempts: float | Unset = UNSET
    window: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        delay = self.delay

        max_attempts = self.max_attempts

        window = self.window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition is not UNSET:
            field_dict["Condition"] = condition
        if delay is not UNSET:
            field_dict["Delay"] = delay
        if max_attempts is not UNSET:
            field_dict["MaxAttempts"] = max_attempts
        if window is not UNSET:
            field_dict["Window"] = window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition = d.pop("Condition", UNSET)

        delay = d.pop("Delay", UNSET)

        max_attempts = d.pop("MaxAttempts", UNSET)

        window = d.pop("Window", UNSET)

        restart_policy_swarm = cls(
            condition=condition,
            delay=delay,
            max_attempts=max_attempts,
            window=window,
        )

        restart_policy_swarm.additional_properties = d
        return restart_policy_swarm

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
