from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_mode_swarm_global import ServiceModeSwarmGlobal
    from ..models.service_mode_swarm_global_job import ServiceModeSwarmGlobalJob
    from ..models.service_mode_swarm_replicated import ServiceModeSwarmReplicated
    from ..models.service_mode_swarm_replicated_job import ServiceModeSwarmReplicatedJob


T = TypeVar("T", bound="ServiceModeSwarm")


@_attrs_define
class ServiceModeSwarm:
    """
    Attributes:
        global_ (ServiceModeSwarmGlobal | Unset):
        global_job (ServiceModeSwarmGlobalJob | Unset):
        replicated (ServiceModeSwarmReplicated | Unset):
        replicated_job (ServiceModeSwarmReplicatedJob | Unset):
    """

    global_: ServiceModeSwarmGlobal | Unset = UNSET
    global_job: ServiceModeSwarmGlobalJob | Unset = UNSET
    replicated: ServiceModeSwarmReplicated | Unset = UNSET
    replicated_job: ServiceModeSwarmReplicatedJob | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        global_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_, Unset):
            global_ = self.global_.to_dict()

        global_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_job, Unset):
            global_job = self.global_job.to_dict()

        replicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replicated, Unset):
            replicated = self.replicated.to_dict()

        replicated_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replicated_job, Unset):
            replicated_job = self.replicated_job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_ is not UNSET:
            field_dict["Global"] = global_
        if global_job is not UNSET:
            field_dict["GlobalJob"] = global_job
        if replicated is not UNSET:
            field_dict["Replicated"] = replicated
        if replicated_job is not UNSET:
            field_dict["ReplicatedJob"] = replicated_job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_mode_swarm_global import ServiceModeSwarmGlobal  # noqa: PLC0415
        from ..models.service_mode_swarm_global_job import ServiceModeSwarmGlobalJob  # noqa: PLC0415
        from ..models.service_mode_swarm_replicated import ServiceModeSwarmReplicated  # noqa: PLC0415
        from ..models.service_mode_swarm_replicated_job import ServiceModeSwarmReplicatedJob  # noqa: PLC0415

        d = dict(src_dict)
        _global_ = d.pop("Global", UNSET)
        global_: ServiceModeSwarmGlobal | Unset
        if isinstance(_global_, Unset):
            global_ = UNSET
        else:
            global_ = ServiceModeSwarmGlobal.from_dict(_global_)

        _global_job = d.pop("GlobalJob", UNSET)
        global_job: ServiceModeSwarmGlobalJob | Unset
        if isinstance(_global_job, Unset):
            global_job = UNSET
        else:
            global_job = ServiceModeSwarmGlobalJob.from_dict(_global_job)

        _replicated = d.pop("Replicated", UNSET)
        replicated: ServiceModeSwarmReplicated | Unset
        if isinstance(_replicated, Unset):
            replicated = UNSET
        else:
            replicated = ServiceModeSwarmReplicated.from_dict(_replicated)

        _replicated_job = d.pop("ReplicatedJob", UNSET)
        replicated_job: ServiceModeSwarmReplicatedJob | Unset
        if isinstance(_replicated_job, Unset):
            replicated_job = UNSET
        else:
            replicated_job = ServiceModeSwarmReplicatedJob.from_dict(_replicated_job)

        service_mode_swarm = cls(
            global_=global_,
            global_job=global_job,
            replicated=replicated,
            replicated_job=replicated_job,
        )

        service_mode_swarm.additional_properties = d
        return service_mode_swarm

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
