from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mariadb_update_body_mode_swarm_global import MariadbUpdateBodyModeSwarmGlobal
    from ..models.mariadb_update_body_mode_swarm_global_job import (
        MariadbUpdateBodyModeSwarmGlobalJob,
    )
    from ..models.mariadb_update_body_mode_swarm_replicated import (
        MariadbUpdateBodyModeSwarmReplicated,
    )
    from ..models.mariadb_update_body_mode_swarm_replicated_job import (
        MariadbUpdateBodyModeSwarmReplicatedJob,
    )


T = TypeVar("T", bound="MariadbUpdateBodyModeSwarm")


@_attrs_define
class MariadbUpdateBodyModeSwarm:
    """
    Attributes:
        replicated (MariadbUpdateBodyModeSwarmReplicated | Unset):
        global_ (MariadbUpdateBodyModeSwarmGlobal | Unset):
        replicated_job (MariadbUpdateBodyModeSwarmReplicatedJob | Unset):
        global_job (MariadbUpdateBodyModeSwarmGlobalJob | Unset):
    """

    replicated: MariadbUpdateBodyModeSwarmReplicated | Unset = UNSET
    global_: MariadbUpdateBodyModeSwarmGlobal | Unset = UNSET
    replicated_job: MariadbUpdateBodyModeSwarmReplicatedJob | Unset = UNSET
    global_job: MariadbUpdateBodyModeSwarmGlobalJob | Unset = UNSET

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
        from ..models.mariadb_update_body_mode_swarm_global import MariadbUpdateBodyModeSwarmGlobal  # noqa: PLC0415
        from ..models.mariadb_update_body_mode_swarm_global_job import (
            MariadbUpdateBodyModeSwarmGlobalJob,  # noqa: PLC0415
        )
        from ..models.mariadb_update_body_mode_swarm_replicated import (
            MariadbUpdateBodyModeSwarmReplicated,  # noqa: PLC0415
        )
        from ..models.mariadb_update_body_mode_swarm_replicated_job import (
            MariadbUpdateBodyModeSwarmReplicatedJob,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _replicated = d.pop("Replicated", UNSET)
        replicated: MariadbUpdateBodyModeSwarmReplicated | Unset
        if isinstance(_replicated, Unset):
            replicated = UNSET
        else:
            replicated = MariadbUpdateBodyModeSwarmReplicated.from_dict(_replicated)

        _global_ = d.pop("Global", UNSET)
        global_: MariadbUpdateBodyModeSwarmGlobal | Unset
        if isinstance(_global_, Unset):
            global_ = UNSET
        else:
            global_ = MariadbUpdateBodyModeSwarmGlobal.from_dict(_global_)

        _replicated_job = d.pop("ReplicatedJob", UNSET)
        replicated_job: MariadbUpdateBodyModeSwarmReplicatedJob | Unset
        if isinstance(_replicated_job, Unset):
            replicated_job = UNSET
        else:
            replicated_job = MariadbUpdateBodyModeSwarmReplicatedJob.from_dict(_replicated_job)

        _global_job = d.pop("GlobalJob", UNSET)
        global_job: MariadbUpdateBodyModeSwarmGlobalJob | Unset
        if isinstance(_global_job, Unset):
            global_job = UNSET
        else:
            global_job = MariadbUpdateBodyModeSwarmGlobalJob.from_dict(_global_job)

        mariadb_update_body_mode_swarm = cls(
            replicated=replicated,
            global_=global_,
            replicated_job=replicated_job,
            global_job=global_job,
        )

        return mariadb_update_body_mode_swarm
