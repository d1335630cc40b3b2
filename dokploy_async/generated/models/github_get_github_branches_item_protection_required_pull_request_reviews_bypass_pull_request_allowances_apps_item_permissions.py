from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesAppsItemPermissions",
)


@_attrs_define
class GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesAppsItemPermissions:
    """
    Attributes:
        checks (str | Unset):
        contents (str | Unset):
        deployments (str | Unset):
        issues (str | Unset):
        metadata (str | Unset):
    """

    checks: str | Unset = UNSET
    contents: str | Unset = UNSET
    deployments: str | Unset = UNSET
    issues: str | Unset = UNSET
    metadata: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checks = self.checks

        contents = self.contents

        deployments = self.deployments

        issues = self.issues

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checks is not UNSET:
            field_dict["checks"] = checks
        if contents is not UNSET:
            field_dict["contents"] = contents
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if issues is not UNSET:
            field_dict["issues"] = issues
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checks = d.pop("checks", UNSET)

        contents = d.pop("contents", UNSET)

        deployments = d.pop("deployments", UNSET)

        issues = d.pop("issues", UNSET)

        metadata = d.pop("metadata", UNSET)

        github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances_apps_item_permissions = cls(
            checks=checks,
            contents=contents,
            deployments=deployments,
            issues=issues,
            metadata=metadata,
        )

        github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances_apps_item_permissions.additional_properties = d
        return github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances_apps_item_permissions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
