from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.template_metadata_links import TemplateMetadataLinks


T = TypeVar("T", bound="TemplateMetadata")


@_attrs_define
class TemplateMetadata:
    """
    Attributes:
        description (str):
        id (str):
        links (TemplateMetadataLinks):
        logo (str):
        name (str):
        tags (list[str]):
        version (str):
    """

    description: str
    id: str
    links: TemplateMetadataLinks
    logo: str
    name: str
    tags: list[str]
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        links = self.links.to_dict()

        logo = self.logo

        name = self.name

        tags = self.tags

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "links": links,
                "logo": logo,
                "name": name,
                "tags": tags,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_metadata_links import TemplateMetadataLinks  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        links = TemplateMetadataLinks.from_dict(d.pop("links"))

        logo = d.pop("logo")

        name = d.pop("name")

        tags = cast(list[str], d.pop("tags"))

        version = d.pop("version")

        template_metadata = cls(
            description=description,
            id=id,
            links=links,
            logo=logo,
            name=name,
            tags=tags,
            version=version,
        )

        template_metadata.additional_properties = d
        return template_metadata

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
