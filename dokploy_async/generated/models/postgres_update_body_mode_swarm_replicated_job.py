from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostgresUpdateBodyModeSwarmReplicatedJob")


@_attrs_define
class PostgresUpdateBodyModeSwarmReplicatedJob:
    """
    Attributes:
        max_concurrent (float | Unset):
        total_completions (float | Unset):
    """

    max_concurrent: float | Unset = UNSET
    total_completions: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        max_concurrent = self.max_concurrent

        total_completions = self.total_completions

        field_dict: dict[str, Any] = {}

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

        postgres_update_body_mode_swarm_replicated_job = cls(
            max_concurrent=max_concurrent,
            total_completions=total_completions,
        )

        return postgres_update_body_mode_swarm_replicated_job
