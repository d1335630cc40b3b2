from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.github_get_github_branches_item_protection_required_status_checks_checks_item import (
        GithubGetGithubBranchesItemProtectionRequiredStatusChecksChecksItem,
    )


T = TypeVar("T", bound="GithubGetGithubBranchesItemProtectionRequiredStatusChecks")


@_attrs_define
class GithubGetGithubBranchesItemProtectionRequiredStatusChecks:
    """
    Attributes:
        checks (list[GithubGetGithubBranchesItemProtectionRequiredStatusChecksChecksItem]):
        contexts (list[str]):
        contexts_url (str | Unset):
        enforcement_level (str | Unset):
        strict (bool | Unset):
        url (str | Unset):
    """

    checks: list[GithubGetGithubBranchesItemProtectionRequiredStatusChecksChecksItem]
    contexts: list[str]
    contexts_url: str | Unset = UNSET
    enforcement_level: str | Unset = UNSET
    strict: bool | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checks = []
        for checks_item_data in self.checks:
            checks_item = checks_item_data.to_dict()
            checks.append(checks_item)

        contexts = self.contexts

        contexts_url = self.contexts_url

        enforcement_level = self.enforcement_level

        strict = self.strict

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checks": checks,
                "contexts": contexts,
            }
        )
        if contexts_url is not UNSET:
            field_dict["contexts_url"] = contexts_url
        if enforcement_level is not UNSET:
            field_dict["enforcement_level"] = enforcement_level
        if strict is not UNSET:
            field_dict["strict"] = strict
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.github_get_github_branches_item_protection_required_status_checks_checks_item import (
            GithubGetGithubBranchesItemProtectionRequiredStatusChecksChecksItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        checks = []
        _checks = d.pop("checks")
        for checks_item_data in _checks:
            checks_item = (
                GithubGetGithubBranchesItemProtectionRequiredStatusChecksChecksItem.from_dict(
                    checks_item_data
                )
            )

            checks.append(checks_item)

        contexts = cast(list[str], d.pop("contexts"))

        contexts_url = d.pop("contexts_url", UNSET)

        enforcement_level = d.pop("enforcement_level", UNSET)

        strict = d.pop("strict", UNSET)

        url = d.pop("url", UNSET)

        github_get_github_branches_item_protection_required_status_checks = cls(
            checks=checks,
            contexts=contexts,
            contexts_url=contexts_url,
            enforcement_level=enforcement_level,
            strict=strict,
            url=url,
        )

        github_get_github_branches_item_protection_required_status_checks.additional_properties = d
        return github_get_github_branches_item_protection_required_status_checks

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
