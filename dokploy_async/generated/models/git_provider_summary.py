from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.git_provider_summary_provider_type import (
    GitProviderSummaryProviderType,
    check_git_provider_summary_provider_type,
)

T = TypeVar("T", bound="GitProviderSummary")


@_attrs_define
class GitProviderSummary:
    """A partial record of Dokploy's `gitProvider` table.

    Attributes:
        git_provider_id (str):
        name (str):
        provider_type (GitProviderSummaryProviderType):
    """

    git_provider_id: str
    name: str
    provider_type: GitProviderSummaryProviderType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        git_provider_id = self.git_provider_id

        name = self.name

        provider_type: str = self.provider_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gitProviderId": git_provider_id,
                "name": name,
                "providerType": provider_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        git_provider_id = d.pop("gitProviderId")

        name = d.pop("name")

        provider_type = check_git_provider_summary_provider_type(d.pop("providerType"))

        git_provider_summary = cls(
            git_provider_id=git_provider_id,
            name=name,
            provider_type=provider_type,
        )

        git_provider_summary.additional_properties = d
        return git_provider_summary

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
