from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insufficient_access_error_403_issues_item import (
        InsufficientAccessError403IssuesItem,
    )


T = TypeVar("T", bound="InsufficientAccessError403")


@_attrs_define
class InsufficientAccessError403:
    """The error information

    Example:
        {'code': 'FORBIDDEN', 'message': 'Insufficient access', 'issues': []}

    Attributes:
        message (str): The error message Example: Insufficient access.
        code (str): The error code Example: FORBIDDEN.
        issues (list[InsufficientAccessError403IssuesItem] | Unset): An array of issues that were responsible for the
            error Example: [].
    """

    message: str
    code: str
    issues: list[InsufficientAccessError403IssuesItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "code": code,
            }
        )
        if issues is not UNSET:
            field_dict["issues"] = issues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.insufficient_access_error_403_issues_item import (
            InsufficientAccessError403IssuesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code")

        _issues = d.pop("issues", UNSET)
        issues: list[InsufficientAccessError403IssuesItem] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = InsufficientAccessError403IssuesItem.from_dict(issues_item_data)

                issues.append(issues_item)

        insufficient_access_error_403 = cls(
            message=message,
            code=code,
            issues=issues,
        )

        return insufficient_access_error_403
