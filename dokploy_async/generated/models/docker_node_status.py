from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.docker_node_status_state import DockerNodeStatusState, check_docker_node_status_state

T = TypeVar("T", bound="DockerNodeStatus")


@_attrs_define
class DockerNodeStatus:
    """
    Attributes:
        addr (str):
        message (str):
        state (DockerNodeStatusState):
    """

    addr: str
    message: str
    state: DockerNodeStatusState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addr = self.addr

        message = self.message

        state: str = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Addr": addr,
                "Message": message,
                "State": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addr = d.pop("Addr")

        message = d.pop("Message")

        state = check_docker_node_status_state(d.pop("State"))

        docker_node_status = cls(
            addr=addr,
            message=message,
            state=state,
        )

        docker_node_status.additional_properties = d
        return docker_node_status

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
