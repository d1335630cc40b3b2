from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GiteaTestConnectionBody")


@_attrs_define
class GiteaTestConnectionBody:
    """
    Attributes:
        gitea_id (str | Unset):
        organization_name (str | Unset):
    """

    gitea_id: str | Unset = UNSET
    organization_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gitea_id = self.gitea_id

        organization_name = self.organization_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gitea_id is not UNSET:
            field_dict["giteaId"] = gitea_id
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gitea_id = d.pop("giteaId", UNSET)

        organization_name = d.pop("organizationName", UNSET)

        gitea_test_connection_body = cls(
            gitea_id=gitea_id,
            organization_name=organization_name,
        )

        gitea_test_connection_body.additional_properties = d
        return gitea_test_connection_body

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
