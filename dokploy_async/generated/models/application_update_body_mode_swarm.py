from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_update_body_mode_swarm_global import (
        ApplicationUpdateBodyModeSwarmGlobal,
    )
    from ..models.application_update_body_mode_swarm_global_job import (
        ApplicationUpdateBodyModeSwarmGlobalJob,
    )
    from ..models.application_update_body_mode_swarm_replicated import (
        ApplicationUpdateBodyModeSwarmReplicated,
    )
    from ..models.application_update_body_mode_swarm_replicated_job import (
        ApplicationUpdateBodyModeSwarmReplicatedJob,
    )


T = TypeVar("T", bound="ApplicationUpdateBodyModeSwarm")


@_attrs_define
class ApplicationUpdateBodyModeSwarm:
    """
    Attributes:
        replicated (ApplicationUpdateBodyModeSwarmReplicated | Unset):
        global_ (ApplicationUpdateBodyModeSwarmGlobal | Unset):
        replicated_job (ApplicationUpdateBodyModeSwarmReplicatedJob | Unset):
        global_job (ApplicationUpdateBodyModeSwarmGlobalJob | Unset):
    """

    replicated: ApplicationUpdateBodyModeSwarmReplicated | Unset = UNSET
    global_: ApplicationUpdateBodyModeSwarmGlobal | Unset = UNSET
    replicated_job: ApplicationUpdateBodyModeSwarmReplicatedJob | Unset = UNSET
    global_job: ApplicationUpdateBodyModeSwarmGlobalJob | Unset = UNSET

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
        from ..models.application_update_body_mode_swarm_global import (
            ApplicationUpdateBodyModeSwarmGlobal,  # noqa: PLC0415
        )
        from ..models.application_update_body_mode_swarm_global_job import (
            ApplicationUpdateBodyModeSwarmGlobalJob,  # noqa: PLC0415
        )
        from ..models.application_update_body_mode_swarm_replicated import (
            ApplicationUpdateBodyModeSwarmReplicated,  # noqa: PLC0415
        )
        from ..models.application_update_body_mode_swarm_replicated_job import (
            ApplicationUpdateBodyModeSwarmReplicatedJob,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _replicated = d.pop("Replicated", UNSET)
        replicated: ApplicationUpdateBodyModeSwarmReplicated | Unset
        if isinstance(_replicated, Unset):
            replicated = UNSET
        else:
            replicated = ApplicationUpdateBodyModeSwarmReplicated.from_dict(_replicated)

        _global_ = d.pop("Global", UNSET)
        global_: ApplicationUpdateBodyModeSwarmGlobal | Unset
        if isinstance(_global_, Unset):
            global_ = UNSET
        else:
            global_ = ApplicationUpdateBodyModeSwarmGlobal.from_dict(_global_)

        _replicated_job = d.pop("ReplicatedJob", UNSET)
        replicated_job: ApplicationUpdateBodyModeSwarmReplicatedJob | Unset
        if isinstance(_replicated_job, Unset):
            replicated_job = UNSET
        else:
            replicated_job = ApplicationUpdateBodyModeSwarmReplicatedJob.from_dict(_replicated_job)

        _global_job = d.pop("GlobalJob", UNSET)
        global_job: ApplicationUpdateBodyModeSwarmGlobalJob | Unset
        if isinstance(_global_job, Unset):
            global_job = UNSET
        else:
            global_job = ApplicationUpdateBodyModeSwarmGlobalJob.from_dict(_global_job)

        application_update_body_mode_swarm = cls(
            replicated=replicated,
            global_=global_,
            replicated_job=replicated_job,
            global_job=global_job,
        )

        return application_update_body_mode_swarm
