from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SettingsGetLogCleanupStatusResult")


@_attrs_define
class SettingsGetLogCleanupStatusResult:
    """
    Attributes:
        cron_expression (None | str):
        enabled (bool):
    """

    cron_expression: None | str
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron_expression: None | str
        cron_expression = self.cron_expression

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cronExpression": cron_expression,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cron_expression(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cron_expression = _parse_cron_expression(d.pop("cronExpression"))

        enabled = d.pop("enabled")

        settings_get_log_cleanup_status_result = cls(
            cron_expression=cron_expression,
            enabled=enabled,
        )

        settings_get_log_cleanup_status_result.additional_properties = d
        return settings_get_log_cleanup_status_result

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
