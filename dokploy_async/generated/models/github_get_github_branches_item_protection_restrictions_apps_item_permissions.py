from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GithubGetGithubBranchesItemProtectionRestrictionsAppsItemPermissions")


@_attrs_define
class GithubGetGithubBranchesItemProtectionRestrictionsAppsItemPermissions:
    """
    Attributes:
        contents (str | Unset):
        issues (str | Unset):
        metadata (str | Unset):
        single_file (str | Unset):
    """

    contents: str | Unset = UNSET
    issues: str | Unset = UNSET
    metadata: str | Unset = UNSET
    single_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contents = self.contents

        issues = self.issues

        metadata = self.metadata

        single_file = self.single_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contents is not UNSET:
            field_dict["contents"] = contents
        if issues is not UNSET:
            field_dict["issues"] = issues
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if single_file is not UNSET:
            field_dict["single_file"] = single_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contents = d.pop("contents", UNSET)

        issues = d.pop("issues", UNSET)

        metadata = d.pop("metadata", UNSET)

        single_file = d.pop("single_file", UNSET)

        github_get_github_branches_item_protection_restrictions_apps_item_permissions = cls(
            contents=contents,
            issues=issues,
            metadata=metadata,
            single_file=single_file,
        )

        github_get_github_branches_item_protection_restrictions_apps_item_permissions.additional_properties = d
        return github_get_github_branches_item_protection_restrictions_apps_item_permissions

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
