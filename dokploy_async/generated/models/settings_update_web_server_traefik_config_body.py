from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SettingsUpdateWebServerTraefikConfigBody")


@_attrs_define
class SettingsUpdateWebServerTraefikConfigBody:
    """
    Attributes:
        traefik_config (str):
    """

    traefik_config: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        traefik_config = self.traefik_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traefikConfig": traefik_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        traefik_config = d.pop("traefikConfig")

        settings_update_web_server_traefik_config_body = cls(
            traefik_config=traefik_config,
        )

        settings_update_web_server_traefik_config_body.additional_properties = d
        return settings_update_web_server_traefik_config_body

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
