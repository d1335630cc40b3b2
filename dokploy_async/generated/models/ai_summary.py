from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AiSummary")


@_attrs_define
class AiSummary:
    """A partial record of Dokploy's `ai` table.

    Attributes:
        ai_id (str):
        model (str):
        name (str):
    """

    ai_id: str
    model: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_id = self.ai_id

        model = self.model

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aiId": ai_id,
                "model": model,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ai_id = d.pop("aiId")

        model = d.pop("model")

        name = d.pop("name")

        ai_summary = cls(
            ai_id=ai_id,
            model=model,
            name=name,
        )

        ai_summary.additional_properties = d
        return ai_summary

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
