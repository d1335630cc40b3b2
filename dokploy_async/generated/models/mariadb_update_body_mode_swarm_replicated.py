from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MariadbUpdateBodyModeSwarmReplicated")


@_attrs_define
class MariadbUpdateBodyModeSwarmReplicated:
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

        mariadb_update_body_mode_swarm_replicated = cls(
            replicas=replicas,
        )

        return mariadb_update_body_mode_swarm_replicated
