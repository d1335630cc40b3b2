from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.internal_server_error_error_500_issues_item import (
        InternalServerErrorError500IssuesItem,
    )


T = TypeVar("T", bound="InternalServerErrorError500")


@_attrs_define
class InternalServerErrorError500:
    """The error information

    Example:
        {'code': 'INTERNAL_SERVER_ERROR', 'message': 'Internal server error', 'issues': []}

    Attributes:
        message (str): The error message Example: Internal server error.
        code (str): The error code Example: INTERNAL_SERVER_ERROR.
        issues (list[InternalServerErrorError500IssuesItem] | Unset): An array of issues that were responsible for the
            error Example: [].
    """

    message: str
    code: str
    issues: list[InternalServerErrorError500IssuesItem] | Unset = UNSET

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
        from ..models.internal_server_error_error_500_issues_item import (
            InternalServerErrorError500IssuesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code")

        _issues = d.pop("issues", UNSET)
        issues: list[InternalServerErrorError500IssuesItem] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = InternalServerErrorError500IssuesItem.from_dict(issues_item_data)

                issues.append(issues_item)

        internal_server_error_error_500 = cls(
            message=message,
            code=code,
            issues=issues,
        )

        return internal_server_error_error_500
