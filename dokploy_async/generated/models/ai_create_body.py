from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="AiCreateBody")


@_attrs_define
class AiCreateBody:
    """
    Attributes:
        name (str):
        api_url (str):
        api_key (str):
        model (str):
        is_enabled (bool):
    """

    name: str
    api_url: str
    api_key: str = _attrs_field(repr=masked)
    model: str
    is_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        api_url = self.api_url

        api_key = self.api_key

        model = self.model

        is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "apiUrl": api_url,
                "apiKey": api_key,
                "model": model,
                "isEnabled": is_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        api_url = d.pop("apiUrl")

        api_key = d.pop("apiKey")

        model = d.pop("model")

        is_enabled = d.pop("isEnabled")

        ai_create_body = cls(
            name=name,
            api_url=api_url,
            api_key=api_key,
            model=model,
            is_enabled=is_enabled,
        )

        ai_create_body.additional_properties = d
        return ai_create_body

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
