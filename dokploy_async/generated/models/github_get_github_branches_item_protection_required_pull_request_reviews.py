from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowances,
    )
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictions,
    )


T = TypeVar("T", bound="GithubGetGithubBranchesItemProtectionRequiredPullRequestReviews")


@_attrs_define
class GithubGetGithubBranchesItemProtectionRequiredPullRequestReviews:
    """
    Attributes:
        dismiss_stale_reviews (bool):
        require_code_owner_reviews (bool):
        bypass_pull_request_allowances
            (GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowances | Unset):
        dismissal_restrictions (GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictions |
            Unset):
        require_last_push_approval (bool | Unset):
        required_approving_review_count (float | Unset):
        url (str | Unset):
    """

    dismiss_stale_reviews: bool
    require_code_owner_reviews: bool
    bypass_pull_request_allowances: (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowances
        | Unset
    ) = UNSET
    dismissal_restrictions: (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictions | Unset
    ) = UNSET
    require_last_push_approval: bool | Unset = UNSET
    required_approving_review_count: float | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dismiss_stale_reviews = self.dismiss_stale_reviews

        require_code_owner_reviews = self.require_code_owner_reviews

        bypass_pull_request_allowances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bypass_pull_request_allowances, Unset):
            bypass_pull_request_allowances = self.bypass_pull_request_allowances.to_dict()

        dismissal_restrictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dismissal_restrictions, Unset):
            dismissal_restrictions = self.dismissal_restrictions.to_dict()

        require_last_push_approval = self.require_last_push_approval

        required_approving_review_count = self.required_approving_review_count

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dismiss_stale_reviews": dismiss_stale_reviews,
                "require_code_owner_reviews": require_code_owner_reviews,
            }
        )
        if bypass_pull_request_allowances is not UNSET:
            field_dict["bypass_pull_request_allowances"] = bypass_pull_request_allowances
        if dismissal_restrictions is not UNSET:
            field_dict["dismissal_restrictions"] = dismissal_restrictions
        if require_last_push_approval is not UNSET:
            field_dict["require_last_push_approval"] = require_last_push_approval
        if required_approving_review_count is not UNSET:
            field_dict["required_approving_review_count"] = required_approving_review_count
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowances,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        dismiss_stale_reviews = d.pop("dismiss_stale_reviews")

        require_code_owner_reviews = d.pop("require_code_owner_reviews")

        _bypass_pull_request_allowances = d.pop("bypass_pull_request_allowances", UNSET)
        bypass_pull_request_allowances: (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowances
            | Unset
        )
        if isinstance(_bypass_pull_request_allowances, Unset):
            bypass_pull_request_allowances = UNSET
        else:
            bypass_pull_request_allowances = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowances.from_dict(
                _bypass_pull_request_allowances
            )

        _dismissal_restrictions = d.pop("dismissal_restrictions", UNSET)
        dismissal_restrictions: (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictions
            | Unset
        )
        if isinstance(_dismissal_restrictions, Unset):
            dismissal_restrictions = UNSET
        else:
            dismissal_restrictions = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictions.from_dict(
                _dismissal_restrictions
            )

        require_last_push_approval = d.pop("require_last_push_approval", UNSET)

        required_approving_review_count = d.pop("required_approving_review_count", UNSET)

        url = d.pop("url", UNSET)

        github_get_github_branches_item_protection_required_pull_request_reviews = cls(
            dismiss_stale_reviews=dismiss_stale_reviews,
            require_code_owner_reviews=require_code_owner_reviews,
            bypass_pull_request_allowances=bypass_pull_request_allowances,
            dismissal_restrictions=dismissal_restrictions,
            require_last_push_approval=require_last_push_approval,
            required_approving_review_count=required_approving_review_count,
            url=url,
        )

        github_get_github_branches_item_protection_required_pull_request_reviews.additional_properties = d
        return github_get_github_branches_item_protection_required_pull_request_reviews

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
