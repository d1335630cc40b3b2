from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="Ai")


@_attrs_define
class Ai:
    """A record of Dokploy's `ai` table.

    Attributes:
        ai_id (str):
        api_key (str):
        api_url (str):
        created_at (str):
        is_enabled (bool):
        model (str):
        name (str):
        organization_id (str):
    """

    ai_id: str
    api_key: str = _attrs_field(repr=masked)
    api_url: str
    created_at: str
    is_enabled: bool
    model: str
    name: str
    organization_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_id = self.ai_id

        api_key = self.api_key

        api_url = self.api_url

        created_at = self.created_at

        is_enabled = self.is_enabled

        model = self.model

        name = self.name

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aiId": ai_id,
                "apiKey": api_key,
                "apiUrl": api_url,
                "createdAt": created_at,
                "isEnabled": is_enabled,
                "model": model,
                "name": name,
                "organizationId": organization_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ai_id = d.pop("aiId")

        api_key = d.pop("apiKey")

        api_url = d.pop("apiUrl")

        created_at = d.pop("createdAt")

        is_enabled = d.pop("isEnabled")

        model = d.pop("model")

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        ai = cls(
            ai_id=ai_id,
            api_key=api_key,
            api_url=api_url,
            created_at=created_at,
            is_enabled=is_enabled,
            model=model,
            name=name,
            organization_id=organization_id,
        )

        ai.additional_properties = d
        return ai

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
