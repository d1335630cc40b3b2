from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemPermissions",
)


@_attrs_define
class GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemPermissions:
    """
    Attributes:
        admin (bool):
        maintain (bool):
        pull (bool):
        push (bool):
        triage (bool):
    """

    admin: bool
    maintain: bool
    pull: bool
    push: bool
    triage: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin = self.admin

        maintain = self.maintain

        pull = self.pull

        push = self.push

        triage = self.triage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admin": admin,
                "maintain": maintain,
                "pull": pull,
                "push": push,
                "triage": triage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admin = d.pop("admin")

        maintain = d.pop("maintain")

        pull = d.pop("pull")

        push = d.pop("push")

        triage = d.pop("triage")

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item_permissions = cls(
            admin=admin,
            maintain=maintain,
            pull=pull,
            push=push,
            triage=triage,
        )

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item_permissions.additional_properties = d
        return github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item_permissions

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
