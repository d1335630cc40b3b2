from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationUpdateBodyModeSwarmReplicated")


@_attrs_define
class ApplicationUpdateBodyModeSwarmReplicated:
    """
    Attributes:
        replicas (float | Unset):
    """

    replicas: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        replicas = self.replicas

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if replicas is not UNSET:
            field_dict["Replicas"] = replicas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        replicas = d.pop("Replicas", UNSET)

        application_update_body_mode_swarm_replicated = cls(
            replicas=replicas,
        )

        return application_update_body_mode_swarm_replicated
