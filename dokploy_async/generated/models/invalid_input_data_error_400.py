from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invalid_input_data_error_400_issues_item import InvalidInputDataError400IssuesItem


T = TypeVar("T", bound="InvalidInputDataError400")


@_attrs_define
class InvalidInputDataError400:
    """The error information

    Example:
        {'code': 'BAD_REQUEST', 'message': 'Invalid input data', 'issues': []}

    Attributes:
        message (str): The error message Example: Invalid input data.
        code (str): The error code Example: BAD_REQUEST.
        issues (list[InvalidInputDataError400IssuesItem] | Unset): An array of issues that were responsible for the
            error Example: [].
    """

    message: str
    code: str
    issues: list[InvalidInputDataError400IssuesItem] | Unset = UNSET

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
        from ..models.invalid_input_data_error_400_issues_item import (
            InvalidInputDataError400IssuesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code")

        _issues = d.pop("issues", UNSET)
        issues: list[InvalidInputDataError400IssuesItem] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = InvalidInputDataError400IssuesItem.from_dict(issues_item_data)

                issues.append(issues_item)

        invalid_input_data_error_400 = cls(
            message=message,
            code=code,
            issues=issues,
        )

        return invalid_input_data_error_400
