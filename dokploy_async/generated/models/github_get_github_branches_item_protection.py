from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.github_get_github_branches_item_protection_allow_deletions import (
        GithubGetGithubBranchesItemProtectionAllowDeletions,
    )
    from ..models.github_get_github_branches_item_protection_allow_force_pushes import (
        GithubGetGithubBranchesItemProtectionAllowForcePushes,
    )
    from ..models.github_get_github_branches_item_protection_allow_fork_syncing import (
        GithubGetGithubBranchesItemProtectionAllowForkSyncing,
    )
    from ..models.github_get_github_branches_item_protection_block_creations import (
        GithubGetGithubBranchesItemProtectionBlockCreations,
    )
    from ..models.github_get_github_branches_item_protection_enforce_admins import (
        GithubGetGithubBranchesItemProtectionEnforceAdmins,
    )
    from ..models.github_get_github_branches_item_protection_lock_branch import (
        GithubGetGithubBranchesItemProtectionLockBranch,
    )
    from ..models.github_get_github_branches_item_protection_required_conversation_resolution import (
        GithubGetGithubBranchesItemProtectionRequiredConversationResolution,
    )
    from ..models.github_get_github_branches_item_protection_required_linear_history import (
        GithubGetGithubBranchesItemProtectionRequiredLinearHistory,
    )
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviews,
    )
    from ..models.github_get_github_branches_item_protection_required_signatures import (
        GithubGetGithubBranchesItemProtectionRequiredSignatures,
    )
    from ..models.github_get_github_branches_item_protection_required_status_checks import (
        GithubGetGithubBranchesItemProtectionRequiredStatusChecks,
    )
    from ..models.github_get_github_branches_item_protection_restrictions import (
        GithubGetGithubBranchesItemProtectionRestrictions,
    )


T = TypeVar("T", bound="GithubGetGithubBranchesItemProtection")


@_attrs_define
class GithubGetGithubBranchesItemProtection:
    """
    Attributes:
        allow_deletions (GithubGetGithubBranchesItemProtectionAllowDeletions | Unset):
        allow_force_pushes (GithubGetGithubBranchesItemProtectionAllowForcePushes | Unset):
        allow_fork_syncing (GithubGetGithubBranchesItemProtectionAllowForkSyncing | Unset):
        block_creations (GithubGetGithubBranchesItemProtectionBlockCreations | Unset):
        enabled (bool | Unset):
        enforce_admins (GithubGetGithubBranchesItemProtectionEnforceAdmins | Unset):
        lock_branch (GithubGetGithubBranchesItemProtectionLockBranch | Unset):
        name (str | Unset):
        protection_url (str | Unset):
        required_conversation_resolution (GithubGetGithubBranchesItemProtectionRequiredConversationResolution | Unset):
        required_linear_history (GithubGetGithubBranchesItemProtectionRequiredLinearHistory | Unset):
        required_pull_request_reviews (GithubGetGithubBranchesItemProtectionRequiredPullRequestReviews | Unset):
        required_signatures (GithubGetGithubBranchesItemProtectionRequiredSignatures | Unset):
        required_status_checks (GithubGetGithubBranchesItemProtectionRequiredStatusChecks | Unset):
        restrictions (GithubGetGithubBranchesItemProtectionRestrictions | Unset):
        url (str | Unset):
    """

    allow_deletions: GithubGetGithubBranchesItemProtectionAllowDeletions | Unset = UNSET
    allow_force_pushes: GithubGetGithubBranchesItemProtectionAllowForcePushes | Unset = UNSET
    allow_fork_syncing: GithubGetGithubBranchesItemProtectionAllowForkSyncing | Unset = UNSET
    block_creations: GithubGetGithubBranchesItemProtectionBlockCreations | Unset = UNSET
    enabled: bool | Unset = UNSET
    enforce_admins: GithubGetGithubBranchesItemProtectionEnforceAdmins | Unset = UNSET
    lock_branch: GithubGetGithubBranchesItemProtectionLockBranch | Unset = UNSET
    name: str | Unset = UNSET
    protection_url: str | Unset = UNSET
    required_conversation_resolution: (
        GithubGetGithubBranchesItemProtectionRequiredConversationResolution | Unset
    ) = UNSET
    required_linear_history: GithubGetGithubBranchesItemProtectionRequiredLinearHistory | Unset = (
        UNSET
    )
    required_pull_request_reviews: (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviews | Unset
    ) = UNSET
    required_signatures: GithubGetGithubBranchesItemProtectionRequiredSignatures | Unset = UNSET
    required_status_checks: GithubGetGithubBranchesItemProtectionRequiredStatusChecks | Unset = (
        UNSET
    )
    restrictions: GithubGetGithubBranchesItemProtectionRestrictions | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_deletions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allow_deletions, Unset):
            allow_deletions = self.allow_deletions.to_dict()

        allow_force_pushes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allow_force_pushes, Unset):
            allow_force_pushes = self.allow_force_pushes.to_dict()

        allow_fork_syncing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allow_fork_syncing, Unset):
            allow_fork_syncing = self.allow_fork_syncing.to_dict()

        block_creations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.block_creations, Unset):
            block_creations = self.block_creations.to_dict()

        enabled = self.enabled

        enforce_admins: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enforce_admins, Unset):
            enforce_admins = self.enforce_admins.to_dict()

        lock_branch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lock_branch, Unset):
            lock_branch = self.lock_branch.to_dict()

        name = self.name

        protection_url = self.protection_url

        required_conversation_resolution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_conversation_resolution, Unset):
            required_conversation_resolution = self.required_conversation_resolution.to_dict()

        required_linear_history: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_linear_history, Unset):
            required_linear_history = self.required_linear_history.to_dict()

        required_pull_request_reviews: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_pull_request_reviews, Unset):
            required_pull_request_reviews = self.required_pull_request_reviews.to_dict()

        required_signatures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_signatures, Unset):
            required_signatures = self.required_signatures.to_dict()

        required_status_checks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_status_checks, Unset):
            required_status_checks = self.required_status_checks.to_dict()

        restrictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restrictions, Unset):
            restrictions = self.restrictions.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_deletions is not UNSET:
            field_dict["allow_deletions"] = allow_deletions
        if allow_force_pushes is not UNSET:
            field_dict["allow_force_pushes"] = allow_force_pushes
        if allow_fork_syncing is not UNSET:
            field_dict["allow_fork_syncing"] = allow_fork_syncing
        if block_creations is not UNSET:
            field_dict["block_creations"] = block_creations
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if enforce_admins is not UNSET:
            field_dict["enforce_admins"] = enforce_admins
        if lock_branch is not UNSET:
            field_dict["lock_branch"] = lock_branch
        if name is not UNSET:
            field_dict["name"] = name
        if protection_url is not UNSET:
            field_dict["protection_url"] = protection_url
        if required_conversation_resolution is not UNSET:
            field_dict["required_conversation_resolution"] = required_conversation_resolution
        if required_linear_history is not UNSET:
            field_dict["required_linear_history"] = required_linear_history
        if required_pull_request_reviews is not UNSET:
            field_dict["required_pull_request_reviews"] = required_pull_request_reviews
        if required_signatures is not UNSET:
            field_dict["required_signatures"] = required_signatures
        if required_status_checks is not UNSET:
            field_dict["required_status_checks"] = required_status_checks
        if restrictions is not UNSET:
            field_dict["restrictions"] = restrictions
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.github_get_github_branches_item_protection_allow_deletions import (
            GithubGetGithubBranchesItemProtectionAllowDeletions,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_allow_force_pushes import (
            GithubGetGithubBranchesItemProtectionAllowForcePushes,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_allow_fork_syncing import (
            GithubGetGithubBranchesItemProtectionAllowForkSyncing,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_block_creations import (
            GithubGetGithubBranchesItemProtectionBlockCreations,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_enforce_admins import (
            GithubGetGithubBranchesItemProtectionEnforceAdmins,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_lock_branch import (
            GithubGetGithubBranchesItemProtectionLockBranch,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_conversation_resolution import (
            GithubGetGithubBranchesItemProtectionRequiredConversationResolution,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_linear_history import (
            GithubGetGithubBranchesItemProtectionRequiredLinearHistory,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviews,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_signatures import (
            GithubGetGithubBranchesItemProtectionRequiredSignatures,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_status_checks import (
            GithubGetGithubBranchesItemProtectionRequiredStatusChecks,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_restrictions import (
            GithubGetGithubBranchesItemProtectionRestrictions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _allow_deletions = d.pop("allow_deletions", UNSET)
        allow_deletions: GithubGetGithubBranchesItemProtectionAllowDeletions | Unset
        if isinstance(_allow_deletions, Unset):
            allow_deletions = UNSET
        else:
            allow_deletions = GithubGetGithubBranchesItemProtectionAllowDeletions.from_dict(
                _allow_deletions
            )

        _allow_force_pushes = d.pop("allow_force_pushes", UNSET)
        allow_force_pushes: GithubGetGithubBranchesItemProtectionAllowForcePushes | Unset
        if isinstance(_allow_force_pushes, Unset):
            allow_force_pushes = UNSET
        else:
            allow_force_pushes = GithubGetGithubBranchesItemProtectionAllowForcePushes.from_dict(
                _allow_force_pushes
            )

        _allow_fork_syncing = d.pop("allow_fork_syncing", UNSET)
        allow_fork_syncing: GithubGetGithubBranchesItemProtectionAllowForkSyncing | Unset
        if isinstance(_allow_fork_syncing, Unset):
            allow_fork_syncing = UNSET
        else:
            allow_fork_syncing = GithubGetGithubBranchesItemProtectionAllowForkSyncing.from_dict(
                _allow_fork_syncing
            )

        _block_creations = d.pop("block_creations", UNSET)
        block_creations: GithubGetGithubBranchesItemProtectionBlockCreations | Unset
        if isinstance(_block_creations, Unset):
            block_creations = UNSET
        else:
            block_creations = GithubGetGithubBranchesItemProtectionBlockCreations.from_dict(
                _block_creations
            )

        enabled = d.pop("enabled", UNSET)

        _enforce_admins = d.pop("enforce_admins", UNSET)
        enforce_admins: GithubGetGithubBranchesItemProtectionEnforceAdmins | Unset
        if isinstance(_enforce_admins, Unset):
            enforce_admins = UNSET
        else:
            enforce_admins = GithubGetGithubBranchesItemProtectionEnforceAdmins.from_dict(
                _enforce_admins
            )

        _lock_branch = d.pop("lock_branch", UNSET)
        lock_branch: GithubGetGithubBranchesItemProtectionLockBranch | Unset
        if isinstance(_lock_branch, Unset):
            lock_branch = UNSET
        else:
            lock_branch = GithubGetGithubBranchesItemProtectionLockBranch.from_dict(_lock_branch)

        name = d.pop("name", UNSET)

        protection_url = d.pop("protection_url", UNSET)

        _required_conversation_resolution = d.pop("required_conversation_resolution", UNSET)
        required_conversation_resolution: (
            GithubGetGithubBranchesItemProtectionRequiredConversationResolution | Unset
        )
        if isinstance(_required_conversation_resolution, Unset):
            required_conversation_resolution = UNSET
        else:
            required_conversation_resolution = (
                GithubGetGithubBranchesItemProtectionRequiredConversationResolution.from_dict(
                    _required_conversation_resolution
                )
            )

        _required_linear_history = d.pop("required_linear_history", UNSET)
        required_linear_history: GithubGetGithubBranchesItemProtectionRequiredLinearHistory | Unset
        if isinstance(_required_linear_history, Unset):
            required_linear_history = UNSET
        else:
            required_linear_history = (
                GithubGetGithubBranchesItemProtectionRequiredLinearHistory.from_dict(
                    _required_linear_history
                )
            )

        _required_pull_request_reviews = d.pop("required_pull_request_reviews", UNSET)
        required_pull_request_reviews: (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviews | Unset
        )
        if isinstance(_required_pull_request_reviews, Unset):
            required_pull_request_reviews = UNSET
        else:
            required_pull_request_reviews = (
                GithubGetGithubBranchesItemProtectionRequiredPullRequestReviews.from_dict(
                    _required_pull_request_reviews
                )
            )

        _required_signatures = d.pop("required_signatures", UNSET)
        required_signatures: GithubGetGithubBranchesItemProtectionRequiredSignatures | Unset
        if isinstance(_required_signatures, Unset):
            required_signatures = UNSET
        else:
            required_signatures = GithubGetGithubBranchesItemProtectionRequiredSignatures.from_dict(
                _required_signatures
            )

        _required_status_checks = d.pop("required_status_checks", UNSET)
        required_status_checks: GithubGetGithubBranchesItemProtectionRequiredStatusChecks | Unset
        if isinstance(_required_status_checks, Unset):
            required_status_checks = UNSET
        else:
            required_status_checks = (
                GithubGetGithubBranchesItemProtectionRequiredStatusChecks.from_dict(
                    _required_status_checks
                )
            )

        _restrictions = d.pop("restrictions", UNSET)
        restrictions: GithubGetGithubBranchesItemProtectionRestrictions | Unset
        if isinstance(_restrictions, Unset):
            restrictions = UNSET
        else:
            restrictions = GithubGetGithubBranchesItemProtectionRestrictions.from_dict(
                _restrictions
            )

        url = d.pop("url", UNSET)

        github_get_github_branches_item_protection = cls(
            allow_deletions=allow_deletions,
            allow_force_pushes=allow_force_pushes,
            allow_fork_syncing=allow_fork_syncing,
            block_creations=block_creations,
            enabled=enabled,
            enforce_admins=enforce_admins,
            lock_branch=lock_branch,
            name=name,
            protection_url=protection_url,
            required_conversation_resolution=required_conversation_resolution,
            required_linear_history=required_linear_history,
            required_pull_request_reviews=required_pull_request_reviews,
            required_signatures=required_signatures,
            required_status_checks=required_status_checks,
            restrictions=restrictions,
            url=url,
        )

        github_get_github_branches_item_protection.additional_properties = d
        return github_get_github_branches_item_protection

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
