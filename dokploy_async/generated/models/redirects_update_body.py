from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RedirectsUpdateBody")


@_attrs_define
class RedirectsUpdateBody:
    """
    Attributes:
        redirect_id (str):
        regex (str):
        replacement (str):
        permanent (bool):
    """

    redirect_id: str
    regex: str
    replacement: str
    permanent: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect_id = self.redirect_id

        regex = self.regex

        replacement = self.replacement

        permanent = self.permanent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirectId": redirect_id,
                "regex": regex,
                "replacement": replacement,
                "permanent": permanent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        redirect_id = d.pop("redirectId")

        regex = d.pop("regex")

        replacement = d.pop("replacement")

        permanent = d.pop("permanent")

        redirects_update_body = cls(
            redirect_id=redirect_id,
            regex=regex,
            replacement=replacement,
            permanent=permanent,
        )

        redirects_update_body.additional_properties = d
        return redirects_update_body

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
