from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_job_data import QueueJobData
    from ..models.service_path import ServicePath


T = TypeVar("T", bound="QueueJob")


@_attrs_define
class QueueJob:
    """A job on the deployment queue (deployment.queueList). Jobs leave the list when they finish.

    Attributes:
        id (str | Unset): The queue job id (not a deployment id).
        name (str | Unset):
        data (QueueJobData | Unset): What a queued deployment job will do.
        timestamp (int | Unset): When the job was queued, in milliseconds since the epoch.
        state (str | Unset): waiting, active, delayed, completed, failed, ... (BullMQ job state; others may appear)
        service_path (ServicePath | Unset): A dashboard link to the service a job belongs to.
        processed_on (int | Unset): When a worker took the job, in milliseconds since the epoch (only once active).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    data: QueueJobData | Unset = UNSET
    timestamp: int | Unset = UNSET
    state: str | Unset = UNSET
    service_path: ServicePath | Unset = UNSET
    processed_on: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        timestamp = self.timestamp

        state = self.state

        service_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_path, Unset):
            service_path = self.service_path.to_dict()

        processed_on = self.processed_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if state is not UNSET:
            field_dict["state"] = state
        if service_path is not UNSET:
            field_dict["servicePath"] = service_path
        if processed_on is not UNSET:
            field_dict["processedOn"] = processed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_job_data import QueueJobData  # noqa: PLC0415
        from ..models.service_path import ServicePath  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _data = d.pop("data", UNSET)
        data: QueueJobData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = QueueJobData.from_dict(_data)

        timestamp = d.pop("timestamp", UNSET)

        state = d.pop("state", UNSET)

        _service_path = d.pop("servicePath", UNSET)
        service_path: ServicePath | Unset
        if isinstance(_service_path, Unset):
            service_path = UNSET
        else:
            service_path = ServicePath.from_dict(_service_path)

        processed_on = d.pop("processedOn", UNSET)

        queue_job = cls(
            id=id,
            name=name,
            data=data,
            timestamp=timestamp,
            state=state,
            service_path=service_path,
            processed_on=processed_on,
        )

        queue_job.additional_properties = d
        return queue_job

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
