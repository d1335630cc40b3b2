from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.github_get_github_branches_item_commit import GithubGetGithubBranchesItemCommit
    from ..models.github_get_github_branches_item_protection import (
        GithubGetGithubBranchesItemProtection,
    )


T = TypeVar("T", bound="GithubGetGithubBranchesItem")


@_attrs_define
class GithubGetGithubBranchesItem:
    """
    Attributes:
        commit (GithubGetGithubBranchesItemCommit):
        name (str):
        protected (bool):
        protection (GithubGetGithubBranchesItemProtection | Unset):
        protection_url (str | Unset):
    """

    commit: GithubGetGithubBranchesItemCommit
    name: str
    protected: bool
    protection: GithubGetGithubBranchesItemProtection | Unset = UNSET
    protection_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commit = self.commit.to_dict()

        name = self.name

        protected = self.protected

        protection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protection, Unset):
            protection = self.protection.to_dict()

        protection_url = self.protection_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit": commit,
                "name": name,
                "protected": protected,
            }
        )
        if protection is not UNSET:
            field_dict["protection"] = protection
        if protection_url is not UNSET:
            field_dict["protection_url"] = protection_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.github_get_github_branches_item_commit import (
            GithubGetGithubBranchesItemCommit,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection import (
            GithubGetGithubBranchesItemProtection,  # noqa: PLC0415
        )

        d = dict(src_dict)
        commit = GithubGetGithubBranchesItemCommit.from_dict(d.pop("commit"))

        name = d.pop("name")

        protected = d.pop("protected")

        _protection = d.pop("protection", UNSET)
        protection: GithubGetGithubBranchesItemProtection | Unset
        if isinstance(_protection, Unset):
            protection = UNSET
        else:
            protection = GithubGetGithubBranchesItemProtection.from_dict(_protection)

        protection_url = d.pop("protection_url", UNSET)

        github_get_github_branches_item = cls(
            commit=commit,
            name=name,
            protected=protected,
            protection=protection,
            protection_url=protection_url,
        )

        github_get_github_branches_item.additional_properties = d
        return github_get_github_branches_item

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
