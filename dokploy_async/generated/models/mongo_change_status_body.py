from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mongo_change_status_body_application_status import (
    MongoChangeStatusBodyApplicationStatus,
    check_mongo_change_status_body_application_status,
)

T = TypeVar("T", bound="MongoChangeStatusBody")


@_attrs_define
class MongoChangeStatusBody:
    """
    Attributes:
        mongo_id (str):
        application_status (MongoChangeStatusBodyApplicationStatus):
    """

    mongo_id: str
    application_status: MongoChangeStatusBodyApplicationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mongo_id = self.mongo_id

        application_status: str = self.application_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mongoId": mongo_id,
                "applicationStatus": application_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mongo_id = d.pop("mongoId")

        application_status = check_mongo_change_status_body_application_status(
            d.pop("applicationStatus")
        )

        mongo_change_status_body = cls(
            mongo_id=mongo_id,
            application_status=application_status,
        )

        mongo_change_status_body.additional_properties = d
        return mongo_change_status_body

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
