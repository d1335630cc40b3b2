from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MountsAllNamedByApplicationIdItem")


@_attrs_define
class MountsAllNamedByApplicationIdItem:
    """
    Attributes:
        destination (str):
        mode (str):
        propagation (str):
        rw (bool):
        source (str):
        type_ (str):
        driver (str | Unset):
        name (str | Unset):
    """

    destination: str
    mode: str
    propagation: str
    rw: bool
    source: str
    type_: str
    driver: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        mode = self.mode

        propagation = self.propagation

        rw = self.rw

        source = self.source

        type_ = self.type_

        driver = self.driver

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Destination": destination,
                "Mode": mode,
                "Propagation": propagation,
                "RW": rw,
                "Source": source,
                "Type": type_,
            }
        )
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if name is not UNSET:
            field_dict["Name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = d.pop("Destination")

        mode = d.pop("Mode")

        propagation = d.pop("Propagation")

        rw = d.pop("RW")

        source = d.pop("Source")

        type_ = d.pop("Type")

        driver = d.pop("Driver", UNSET)

        name = d.pop("Name", UNSET)

        mounts_all_named_by_application_id_item = cls(
            destination=destination,
            mode=mode,
            propagation=propagation,
            rw=rw,
            source=source,
            type_=type_,
            driver=driver,
            name=name,
        )

        mounts_all_named_by_application_id_item.additional_properties = d
        return mounts_all_named_by_application_id_item

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
