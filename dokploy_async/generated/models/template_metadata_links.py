from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateMetadataLinks")


@_attrs_define
class TemplateMetadataLinks:
    """
    Attributes:
        github (str):
        docs (str | Unset):
        website (str | Unset):
    """

    github: str
    docs: str | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        github = self.github

        docs = self.docs

        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "github": github,
            }
        )
        if docs is not UNSET:
            field_dict["docs"] = docs
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        github = d.pop("github")

        docs = d.pop("docs", UNSET)

        website = d.pop("website", UNSET)

        template_metadata_links = cls(
            github=github,
            docs=docs,
            website=website,
        )

        template_metadata_links.additional_properties = d
        return template_metadata_links

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
