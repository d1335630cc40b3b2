from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_analyze_logs_body_context import (
    AiAnalyzeLogsBodyContext,
    check_ai_analyze_logs_body_context,
)

T = TypeVar("T", bound="AiAnalyzeLogsBody")


@_attrs_define
class AiAnalyzeLogsBody:
    """
    Attributes:
        ai_id (str):
        logs (str):
        context (AiAnalyzeLogsBodyContext):
    """

    ai_id: str
    logs: str
    context: AiAnalyzeLogsBodyContext
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_id = self.ai_id

        logs = self.logs

        context: str = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aiId": ai_id,
                "logs": logs,
                "context": context,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ai_id = d.pop("aiId")

        logs = d.pop("logs")

        context = check_ai_analyze_logs_body_context(d.pop("context"))

        ai_analyze_logs_body = cls(
            ai_id=ai_id,
            logs=logs,
            context=context,
        )

        ai_analyze_logs_body.additional_properties = d
        return ai_analyze_logs_body

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
