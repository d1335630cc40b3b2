from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GitProviderToggleShareBody")


@_attrs_define
class GitProviderToggleShareBody:
    """
    Attributes:
        git_provider_id (str):
        shared_with_organization (bool):
    """

    git_provider_id: str
    shared_with_organization: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        git_provider_id = self.git_provider_id

        shared_with_organization = self.shared_with_organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gitProviderId": git_provider_id,
                "sharedWithOrganization": shared_with_organization,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        git_provider_id = d.pop("gitProviderId")

        shared_with_organization = d.pop("sharedWithOrganization")

        git_provider_toggle_share_body = cls(
            git_provider_id=git_provider_id,
            shared_with_organization=shared_with_organization,
        )

        git_provider_toggle_share_body.additional_properties = d
        return git_provider_toggle_share_body

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
