from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerHealthResultInotify")


@_attrs_define
class ServerHealthResultInotify:
    """
    Attributes:
        current_instances (float):
        max_instances (float):
        max_queued_events (float):
        max_watches (float):
        persisted (bool):
    """

    current_instances: float
    max_instances: float
    max_queued_events: float
    max_watches: float
    persisted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_instances = self.current_instances

        max_instances = self.max_instances

        max_queued_events = self.max_queued_events

        max_watches = self.max_watches

        persisted = self.persisted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentInstances": current_instances,
                "maxInstances": max_instances,
                "maxQueuedEvents": max_queued_events,
                "maxWatches": max_watches,
                "persisted": persisted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_instances = d.pop("currentInstances")

        max_instances = d.pop("maxInstances")

        max_queued_events = d.pop("maxQueuedEvents")

        max_watches = d.pop("maxWatches")

        persisted = d.pop("persisted")

        server_health_result_inotify = cls(
            current_instances=current_instances,
            max_instances=max_instances,
            max_queued_events=max_queued_events,
            max_watches=max_watches,
            persisted=persisted,
        )

        server_health_result_inotify.additional_properties = d
        return server_health_result_inotify

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
