from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DockerImage")


@_attrs_define
class DockerImage:
    """
    Attributes:
        created_at (str):
        created_since (str):
        id (str):
        repository (str):
        size (str):
        tag (str):
        digest (str | Unset):
        shared_size (str | Unset):
        unique_size (str | Unset):
        virtual_size (str | Unset):
    """

    created_at: str
    created_since: str
    id: str
    repository: str
    size: str
    tag: str
    digest: str | Unset = UNSET
    shared_size: str | Unset = UNSET
    unique_size: str | Unset = UNSET
    virtual_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        created_since = self.created_since

        id = self.id

        repository = self.repository

        size = self.size

        tag = self.tag

        digest = self.digest

        shared_size = self.shared_size

        unique_size = self.unique_size

        virtual_size = self.virtual_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CreatedAt": created_at,
                "CreatedSince": created_since,
                "ID": id,
                "Repository": repository,
                "Size": size,
                "Tag": tag,
            }
        )
        if digest is not UNSET:
            field_dict["Digest"] = digest
        if shared_size is not UNSET:
            field_dict["SharedSize"] = shared_size
        if unique_size is not UNSET:
            field_dict["UniqueSize"] = unique_size
        if virtual_size is not UNSET:
            field_dict["VirtualSize"] = virtual_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("CreatedAt")

        created_since = d.pop("CreatedSince")

        id = d.pop("ID")

        repository = d.pop("Repository")

        size = d.pop("Size")

        tag = d.pop("Tag")

        digest = d.pop("Digest", UNSET)

        shared_size = d.pop("SharedSize", UNSET)

        unique_size = d.pop("UniqueSize", UNSET)

        virtual_size = d.pop("VirtualSize", UNSET)

        docker_image = cls(
            created_at=created_at,
            created_since=created_since,
            id=id,
            repository=repository,
            size=size,
            tag=tag,
            digest=digest,
            shared_size=shared_size,
            unique_size=unique_size,
            virtual_size=virtual_size,
        )

        docker_image.additional_properties = d
        return docker_image

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
