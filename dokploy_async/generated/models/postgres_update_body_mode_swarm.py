from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.postgres_update_body_mode_swarm_global import PostgresUpdateBodyModeSwarmGlobal
    from ..models.postgres_update_body_mode_swarm_global_job import (
        PostgresUpdateBodyModeSwarmGlobalJob,
    )
    from ..models.postgres_update_body_mode_swarm_replicated import (
        PostgresUpdateBodyModeSwarmReplicated,
    )
    from ..models.postgres_update_body_mode_swarm_replicated_job import (
        PostgresUpdateBodyModeSwarmReplicatedJob,
    )


T = TypeVar("T", bound="PostgresUpdateBodyModeSwarm")


@_attrs_define
class PostgresUpdateBodyModeSwarm:
    """
    Attributes:
        replicated (PostgresUpdateBodyModeSwarmReplicated | Unset):
        global_ (PostgresUpdateBodyModeSwarmGlobal | Unset):
        replicated_job (PostgresUpdateBodyModeSwarmReplicatedJob | Unset):
        global_job (PostgresUpdateBodyModeSwarmGlobalJob | Unset):
    """

    replicated: PostgresUpdateBodyModeSwarmReplicated | Unset = UNSET
    global_: PostgresUpdateBodyModeSwarmGlobal | Unset = UNSET
    replicated_job: PostgresUpdateBodyModeSwarmReplicatedJob | Unset = UNSET
    global_job: PostgresUpdateBodyModeSwarmGlobalJob | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        replicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replicated, Unset):
            replicated = self.replicated.to_dict()

        global_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_, Unset):
            global_ = self.global_.to_dict()

        replicated_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replicated_job, Unset):
            replicated_job = self.replicated_job.to_dict()

        global_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_job, Unset):
            global_job = self.global_job.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if replicated is not UNSET:
            field_dict["Replicated"] = replicated
        if global_ is not UNSET:
            field_dict["Global"] = global_
        if replicated_job is not UNSET:
            field_dict["ReplicatedJob"] = replicated_job
        if global_job is not UNSET:
            field_dict["GlobalJob"] = global_job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.postgres_update_body_mode_swarm_global import (
            PostgresUpdateBodyModeSwarmGlobal,  # noqa: PLC0415
        )
        from ..models.postgres_update_body_mode_swarm_global_job import (
            PostgresUpdateBodyModeSwarmGlobalJob,  # noqa: PLC0415
        )
        from ..models.postgres_update_body_mode_swarm_replicated import (
            PostgresUpdateBodyModeSwarmReplicated,  # noqa: PLC0415
        )
        from ..models.postgres_update_body_mode_swarm_replicated_job import (
            PostgresUpdateBodyModeSwarmReplicatedJob,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _replicated = d.pop("Replicated", UNSET)
        replicated: PostgresUpdateBodyModeSwarmReplicated | Unset
        if isinstance(_replicated, Unset):
            replicated = UNSET
        else:
            replicated = PostgresUpdateBodyModeSwarmReplicated.from_dict(_replicated)

        _global_ = d.pop("Global", UNSET)
        global_: PostgresUpdateBodyModeSwarmGlobal | Unset
        if isinstance(_global_, Unset):
            global_ = UNSET
        else:
            global_ = PostgresUpdateBodyModeSwarmGlobal.from_dict(_global_)

        _replicated_job = d.pop("ReplicatedJob", UNSET)
        replicated_job: PostgresUpdateBodyModeSwarmReplicatedJob | Unset
        if isinstance(_replicated_job, Unset):
            replicated_job = UNSET
        else:
            replicated_job = PostgresUpdateBodyModeSwarmReplicatedJob.from_dict(_replicated_job)

        _global_job = d.pop("GlobalJob", UNSET)
        global_job: PostgresUpdateBodyModeSwarmGlobalJob | Unset
        if isinstance(_global_job, Unset):
            global_job = UNSET
        else:
            global_job = PostgresUpdateBodyModeSwarmGlobalJob.from_dict(_global_job)

        postgres_update_body_mode_swarm = cls(
            replicated=replicated,
            global_=global_,
            replicated_job=replicated_job,
            global_job=global_job,
        )

        return postgres_update_body_mode_swarm
