from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_health_status_status import (
    ServiceHealthStatusStatus,
    check_service_health_status_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceHealthStatus")


@_attrs_define
class ServiceHealthStatus:
    """
    Attributes:
        status (ServiceHealthStatusStatus):
        message (str | Unset):
    """

    status: ServiceHealthStatusStatus
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_service_health_status_status(d.pop("status"))

        message = d.pop("message", UNSET)

        service_health_status = cls(
            status=status,
            message=message,
        )

        service_health_status.additional_properties = d
        return service_health_status

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
