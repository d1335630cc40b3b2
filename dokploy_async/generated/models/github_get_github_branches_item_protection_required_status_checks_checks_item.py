from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GithubGetGithubBranchesItemProtectionRequiredStatusChecksChecksItem")


@_attrs_define
class GithubGetGithubBranchesItemProtectionRequiredStatusChecksChecksItem:
    """
    Attributes:
        app_id (float | None):
        context (str):
    """

    app_id: float | None
    context: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id: float | None
        app_id = self.app_id

        context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "context": context,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_app_id(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        app_id = _parse_app_id(d.pop("app_id"))

        context = d.pop("context")

        github_get_github_branches_item_protection_required_status_checks_checks_item = cls(
            app_id=app_id,
            context=context,
        )

        github_get_github_branches_item_protection_required_status_checks_checks_item.additional_properties = d
        return github_get_github_branches_item_protection_required_status_checks_checks_item

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
