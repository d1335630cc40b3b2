from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DockerVolume")


@_attrs_define
class DockerVolume:
    """
    Attributes:
        driver (str):
        labels (str):
        mountpoint (str):
        name (str):
        scope (str):
        availability (str | Unset):
        group (str | Unset):
        links (str | Unset):
        size (str | Unset):
        status (str | Unset):
    """

    driver: str
    labels: str
    mountpoint: str
    name: str
    scope: str
    availability: str | Unset = UNSET
    group: str | Unset = UNSET
    links: str | Unset = UNSET
    size: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        driver = self.driver

        labels = self.labels

        mountpoint = self.mountpoint

        name = self.name

        scope = self.scope

        availability = self.availability

        group = self.group

        links = self.links

        size = self.size

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Driver": driver,
                "Labels": labels,
                "Mountpoint": mountpoint,
                "Name": name,
                "Scope": scope,
            }
        )
        if availability is not UNSET:
            field_dict["Availability"] = availability
        if group is not UNSET:
            field_dict["Group"] = group
        if links is not UNSET:
            field_dict["Links"] = links
        if size is not UNSET:
            field_dict["Size"] = size
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        driver = d.pop("Driver")

        labels = d.pop("Labels")

        mountpoint = d.pop("Mountpoint")

        name = d.pop("Name")

        scope = d.pop("Scope")

        availability = d.pop("Availability", UNSET)

        group = d.pop("Group", UNSET)

        links = d.pop("Links", UNSET)

        size = d.pop("Size", UNSET)

        status = d.pop("Status", UNSET)

        docker_volume = cls(
            driver=driver,
            labels=labels,
            mountpoint=mountpoint,
            name=name,
            scope=scope,
            availability=availability,
            group=group,
            links=links,
            size=size,
            status=status,
        )

        docker_volume.additional_properties = d
        return docker_volume

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
