from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.docker_node_description_engine import DockerNodeDescriptionEngine
    from ..models.docker_node_description_platform import DockerNodeDescriptionPlatform
    from ..models.docker_node_description_resources import DockerNodeDescriptionResources


T = TypeVar("T", bound="DockerNodeDescription")


@_attrs_define
class DockerNodeDescription:
    """
    Attributes:
        engine (DockerNodeDescriptionEngine):
        hostname (str):
        platform (DockerNodeDescriptionPlatform):
        resources (DockerNodeDescriptionResources):
    """

    engine: DockerNodeDescriptionEngine
    hostname: str
    platform: DockerNodeDescriptionPlatform
    resources: DockerNodeDescriptionResources
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine = self.engine.to_dict()

        hostname = self.hostname

        platform = self.platform.to_dict()

        resources = self.resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Engine": engine,
                "Hostname": hostname,
                "Platform": platform,
                "Resources": resources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.docker_node_description_engine import DockerNodeDescriptionEngine  # noqa: PLC0415
        from ..models.docker_node_description_platform import DockerNodeDescriptionPlatform  # noqa: PLC0415
        from ..models.docker_node_description_resources import DockerNodeDescriptionResources  # noqa: PLC0415

        d = dict(src_dict)
        engine = DockerNodeDescriptionEngine.from_dict(d.pop("Engine"))

        hostname = d.pop("Hostname")

        platform = DockerNodeDescriptionPlatform.from_dict(d.pop("Platform"))

        resources = DockerNodeDescriptionResources.from_dict(d.pop("Resources"))

        docker_node_description = cls(
            engine=engine,
            hostname=hostname,
            platform=platform,
            resources=resources,
        )

        docker_node_description.additional_properties = d
        return docker_node_description

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
