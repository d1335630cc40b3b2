from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceModeSwarmReplicatedJob")


@_attrs_define
class ServiceModeSwarmReplicatedJob:
    """
    Attributes:
        max_concurrent (float | Unset):
        total_completions (float | Unset):
    """

    max_concurrent: float | Unset = UNSET
    total_completions: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_concurrent = self.max_concurrent

        total_completions = self.total_completions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_concurrent is not UNSET:
            field_dict["MaxConcurrent"] = max_concurrent
        if total_completions is not UNSET:
            field_dict["TotalCompletions"] = total_completions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_concurrent = d.pop("MaxConcurrent", UNSET)

        total_completions = d.pop("TotalCompletions", UNSET)

        service_mode_swarm_replicated_job = cls(
            max_concurrent=max_concurrent,
            total_completions=total_completions,
        )

        service_mode_swarm_replicated_job.additional_properties = d
        return service_mode_swarm_replicated_job

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
