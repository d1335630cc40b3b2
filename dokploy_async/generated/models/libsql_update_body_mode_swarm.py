from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.libsql_update_body_mode_swarm_global import LibsqlUpdateBodyModeSwarmGlobal
    from ..models.libsql_update_body_mode_swarm_global_job import LibsqlUpdateBodyModeSwarmGlobalJob
    from ..models.libsql_update_body_mode_swarm_replicated import (
        LibsqlUpdateBodyModeSwarmReplicated,
    )
    from ..models.libsql_update_body_mode_swarm_replicated_job import (
        LibsqlUpdateBodyModeSwarmReplicatedJob,
    )


T = TypeVar("T", bound="LibsqlUpdateBodyModeSwarm")


@_attrs_define
class LibsqlUpdateBodyModeSwarm:
    """
    Attributes:
        replicated (LibsqlUpdateBodyModeSwarmReplicated | Unset):
        global_ (LibsqlUpdateBodyModeSwarmGlobal | Unset):
        replicated_job (LibsqlUpdateBodyModeSwarmReplicatedJob | Unset):
        global_job (LibsqlUpdateBodyModeSwarmGlobalJob | Unset):
    """

    replicated: LibsqlUpdateBodyModeSwarmReplicated | Unset = UNSET
    global_: LibsqlUpdateBodyModeSwarmGlobal | Unset = UNSET
    replicated_job: LibsqlUpdateBodyModeSwarmReplicatedJob | Unset = UNSET
    global_job: LibsqlUpdateBodyModeSwarmGlobalJob | Unset = UNSET

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
        from ..models.libsql_update_body_mode_swarm_global import LibsqlUpdateBodyModeSwarmGlobal  # noqa: PLC0415
        from ..models.libsql_update_body_mode_swarm_global_job import (
            LibsqlUpdateBodyModeSwarmGlobalJob,  # noqa: PLC0415
        )
        from ..models.libsql_update_body_mode_swarm_replicated import (
            LibsqlUpdateBodyModeSwarmReplicated,  # noqa: PLC0415
        )
        from ..models.libsql_update_body_mode_swarm_replicated_job import (
            LibsqlUpdateBodyModeSwarmReplicatedJob,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _replicated = d.pop("Replicated", UNSET)
        replicated: LibsqlUpdateBodyModeSwarmReplicated | Unset
        if isinstance(_replicated, Unset):
            replicated = UNSET
        else:
            replicated = LibsqlUpdateBodyModeSwarmReplicated.from_dict(_replicated)

        _global_ = d.pop("Global", UNSET)
        global_: LibsqlUpdateBodyModeSwarmGlobal | Unset
        if isinstance(_global_, Unset):
            global_ = UNSET
        else:
            global_ = LibsqlUpdateBodyModeSwarmGlobal.from_dict(_global_)

        _replicated_job = d.pop("ReplicatedJob", UNSET)
        replicated_job: LibsqlUpdateBodyModeSwarmReplicatedJob | Unset
        if isinstance(_replicated_job, Unset):
            replicated_job = UNSET
        else:
            replicated_job = LibsqlUpdateBodyModeSwarmReplicatedJob.from_dict(_replicated_job)

        _global_job = d.pop("GlobalJob", UNSET)
        global_job: LibsqlUpdateBodyModeSwarmGlobalJob | Unset
        if isinstance(_global_job, Unset):
            global_job = UNSET
        else:
            global_job = LibsqlUpdateBodyModeSwarmGlobalJob.from_dict(_global_job)

        libsql_update_body_mode_swarm = cls(
            replicated=replicated,
            global_=global_,
            replicated_job=replicated_job,
            global_job=global_job,
        )

        return libsql_update_body_mode_swarm
