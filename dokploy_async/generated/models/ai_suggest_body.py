from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiSuggestBody")


@_attrs_define
class AiSuggestBody:
    """
    Attributes:
        ai_id (str):
        input_ (str):
        server_id (str | Unset):
    """

    ai_id: str
    input_: str
    server_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_id = self.ai_id

        input_ = self.input_

        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aiId": ai_id,
                "input": input_,
            }
        )
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ai_id = d.pop("aiId")

        input_ = d.pop("input")

        server_id = d.pop("serverId", UNSET)

        ai_suggest_body = cls(
            ai_id=ai_id,
            input_=input_,
            server_id=server_id,
        )

        ai_suggest_body.additional_properties = d
        return ai_suggest_body

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
