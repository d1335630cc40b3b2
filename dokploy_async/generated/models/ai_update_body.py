from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="AiUpdateBody")


@_attrs_define
class AiUpdateBody:
    """
    Attributes:
        ai_id (str):
        name (str | Unset):
        api_url (str | Unset):
        api_key (str | Unset):
        model (str | Unset):
        is_enabled (bool | Unset):
        created_at (str | Unset):
    """

    ai_id: str
    name: str | Unset = UNSET
    api_url: str | Unset = UNSET
    api_key: str | Unset = _attrs_field(default=UNSET, repr=masked)
    model: str | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_id = self.ai_id

        name = self.name

        api_url = self.api_url

        api_key = self.api_key

        model = self.model

        is_enabled = self.is_enabled

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aiId": ai_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if api_url is not UNSET:
            field_dict["apiUrl"] = api_url
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if model is not UNSET:
            field_dict["model"] = model
        if is_enabled is not UNSET:
            field_dict["isEnabled"] = is_enabled
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ai_id = d.pop("aiId")

        name = d.pop("name", UNSET)

        api_url = d.pop("apiUrl", UNSET)

        api_key = d.pop("apiKey", UNSET)

        model = d.pop("model", UNSET)

        is_enabled = d.pop("isEnabled", UNSET)

        created_at = d.pop("createdAt", UNSET)

        ai_update_body = cls(
            ai_id=ai_id,
            name=name,
            api_url=api_url,
            api_key=api_key,
            model=model,
            is_enabled=is_enabled,
            created_at=created_at,
        )

        ai_update_body.additional_properties = d
        return ai_update_body

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
