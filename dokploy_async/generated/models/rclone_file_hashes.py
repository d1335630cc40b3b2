from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RcloneFileHashes")


@_attrs_define
class RcloneFileHashes:
    """
    Attributes:
        md5 (str | Unset):
        sha1 (str | Unset):
    """

    md5: str | Unset = UNSET
    sha1: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        md5 = self.md5

        sha1 = self.sha1

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if md5 is not UNSET:
            field_dict["MD5"] = md5
        if sha1 is not UNSET:
            field_dict["SHA1"] = sha1

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        md5 = d.pop("MD5", UNSET)

        sha1 = d.pop("SHA1", UNSET)

        rclone_file_hashes = cls(
            md5=md5,
            sha1=sha1,
        )

        rclone_file_hashes.additional_properties = d
        return rclone_file_hashes

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
