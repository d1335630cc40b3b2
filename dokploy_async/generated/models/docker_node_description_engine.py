from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.docker_node_description_engine_plugins_item import (
        DockerNodeDescriptionEnginePluginsItem,
    )


T = TypeVar("T", bound="DockerNodeDescriptionEngine")


@_attrs_define
class DockerNodeDescriptionEngine:
    """
    Attributes:
        engine_version (str):
        plugins (list[DockerNodeDescriptionEnginePluginsItem]):
    """

    engine_version: str
    plugins: list[DockerNodeDescriptionEnginePluginsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_version = self.engine_version

        plugins = []
        for plugins_item_data in self.plugins:
            plugins_item = plugins_item_data.to_dict()
            plugins.append(plugins_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "EngineVersion": engine_version,
                "Plugins": plugins,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.docker_node_description_engine_plugins_item import (
            DockerNodeDescriptionEnginePluginsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        engine_version = d.pop("EngineVersion")

        plugins = []
        _plugins = d.pop("Plugins")
        for plugins_item_data in _plugins:
            plugins_item = DockerNodeDescriptionEnginePluginsItem.from_dict(plugins_item_data)

            plugins.append(plugins_item)

        docker_node_description_engine = cls(
            engine_version=engine_version,
            plugins=plugins,
        )

        docker_node_description_engine.additional_properties = d
        return docker_node_description_engine

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
