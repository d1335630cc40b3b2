from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rclone_file_hashes import RcloneFileHashes


T = TypeVar("T", bound="RcloneFile")


@_attrs_define
class RcloneFile:
    """
    Attributes:
        is_dir (bool):
        name (str):
        path (str):
        size (float):
        hashes (RcloneFileHashes | Unset):
        tier (str | Unset):
    """

    is_dir: bool
    name: str
    path: str
    size: float
    hashes: RcloneFileHashes | Unset = UNSET
    tier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_dir = self.is_dir

        name = self.name

        path = self.path

        size = self.size

        hashes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hashes, Unset):
            hashes = self.hashes.to_dict()

        tier = self.tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IsDir": is_dir,
                "Name": name,
                "Path": path,
                "Size": size,
            }
        )
        if hashes is not UNSET:
            field_dict["Hashes"] = hashes
        if tier is not UNSET:
            field_dict["Tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rclone_file_hashes import RcloneFileHashes  # noqa: PLC0415

        d = dict(src_dict)
        is_dir = d.pop("IsDir")

        name = d.pop("Name")

        path = d.pop("Path")

        size = d.pop("Size")

        _hashes = d.pop("Hashes", UNSET)
        hashes: RcloneFileHashes | Unset
        if isinstance(_hashes, Unset):
            hashes = UNSET
        else:
            hashes = RcloneFileHashes.from_dict(_hashes)

        tier = d.pop("Tier", UNSET)

        rclone_file = cls(
            is_dir=is_dir,
            name=name,
            path=path,
            size=size,
            hashes=hashes,
            tier=tier,
        )

        rclone_file.additional_properties = d
        return rclone_file

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
