from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.docker_event_actor import DockerEventActor


T = TypeVar("T", bound="DockerEvent")


@_attrs_define
class DockerEvent:
    """
    Attributes:
        action (str | Unset):
        actor (DockerEventActor | Unset):
        type_ (str | Unset):
        time (float | Unset):
    """

    action: str | Unset = UNSET
    actor: DockerEventActor | Unset = UNSET
    type_: str | Unset = UNSET
    time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        type_ = self.type_

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["Action"] = action
        if actor is not UNSET:
            field_dict["Actor"] = actor
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.docker_event_actor import DockerEventActor  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("Action", UNSET)

        _actor = d.pop("Actor", UNSET)
        actor: DockerEventActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = DockerEventActor.from_dict(_actor)

        type_ = d.pop("Type", UNSET)

        time = d.pop("time", UNSET)

        docker_event = cls(
            action=action,
            actor=actor,
            type_=type_,
            time=time,
        )

        docker_event.additional_properties = d
        return docker_event

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
