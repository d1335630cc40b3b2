from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Redirect")


@_attrs_define
class Redirect:
    """A record of Dokploy's `redirects` table.

    Attributes:
        application_id (str):
        created_at (str):
        permanent (bool):
        redirect_id (str):
        regex (str):
        replacement (str):
        unique_config_key (int):
    """

    application_id: str
    created_at: str
    permanent: bool
    redirect_id: str
    regex: str
    replacement: str
    unique_config_key: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        created_at = self.created_at

        permanent = self.permanent

        redirect_id = self.redirect_id

        regex = self.regex

        replacement = self.replacement

        unique_config_key = self.unique_config_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "createdAt": created_at,
                "permanent": permanent,
                "redirectId": redirect_id,
                "regex": regex,
                "replacement": replacement,
                "uniqueConfigKey": unique_config_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("applicationId")

        created_at = d.pop("createdAt")

        permanent = d.pop("permanent")

        redirect_id = d.pop("redirectId")

        regex = d.pop("regex")

        replacement = d.pop("replacement")

        unique_config_key = d.pop("uniqueConfigKey")

        redirect = cls(
            application_id=application_id,
            created_at=created_at,
            permanent=permanent,
            redirect_id=redirect_id,
            regex=regex,
            replacement=replacement,
            unique_config_key=unique_config_key,
        )

        redirect.additional_properties = d
        return redirect

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
