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
    """
    Attributes:
        data (QueueJobData): What a queued deployment job will do.
        id (str):
        service_path (ServicePath):
        state (str):
        failed_reason (str | Unset):
        finished_on (int | Unset):
        name (str | Unset):
        processed_on (int | Unset):
        timestamp (int | Unset):
    """

    data: QueueJobData
    id: str
    service_path: ServicePath
    state: str
    failed_reason: str | Unset = UNSET
    finished_on: int | Unset = UNSET
    name: str | Unset = UNSET
    processed_on: int | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        id = self.id

        service_path = self.service_path.to_dict()

        state = self.state

        failed_reason = self.failed_reason

        finished_on = self.finished_on

        name = self.name

        processed_on = self.processed_on

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "id": id,
                "servicePath": service_path,
                "state": state,
            }
        )
        if failed_reason is not UNSET:
            field_dict["failedReason"] = failed_reason
        if finished_on is not UNSET:
            field_dict["finishedOn"] = finished_on
        if name is not UNSET:
            field_dict["name"] = name
        if processed_on is not UNSET:
            field_dict["processedOn"] = processed_on
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_job_data import QueueJobData  # noqa: PLC0415
        from ..models.service_path import ServicePath  # noqa: PLC0415

        d = dict(src_dict)
        data = QueueJobData.from_dict(d.pop("data"))

        id = d.pop("id")

        service_path = ServicePath.from_dict(d.pop("servicePath"))

        state = d.pop("state")

        failed_reason = d.pop("failedReason", UNSET)

        finished_on = d.pop("finishedOn", UNSET)

        name = d.pop("name", UNSET)

        processed_on = d.pop("processedOn", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        queue_job = cls(
            data=data,
            id=id,
            service_path=service_path,
            state=state,
            failed_reason=failed_reason,
            finished_on=finished_on,
            name=name,
            processed_on=processed_on,
            timestamp=timestamp,
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
