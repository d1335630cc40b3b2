from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gitea_get_gitea_repositories_item_owner import GiteaGetGiteaRepositoriesItemOwner


T = TypeVar("T", bound="GiteaGetGiteaRepositoriesItem")


@_attrs_define
class GiteaGetGiteaRepositoriesItem:
    """
    Attributes:
        id (Any): Plain JSON: Dokploy's source types this as any.
        name (Any): Plain JSON: Dokploy's source types this as any.
        owner (GiteaGetGiteaRepositoriesItemOwner):
        url (Any): Plain JSON: Dokploy's source types this as any.
    """

    id: Any
    name: Any
    owner: GiteaGetGiteaRepositoriesItemOwner
    url: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        owner = self.owner.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "owner": owner,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gitea_get_gitea_repositories_item_owner import (
            GiteaGetGiteaRepositoriesItemOwner,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        owner = GiteaGetGiteaRepositoriesItemOwner.from_dict(d.pop("owner"))

        url = d.pop("url")

        gitea_get_gitea_repositories_item = cls(
            id=id,
            name=name,
            owner=owner,
            url=url,
        )

        gitea_get_gitea_repositories_item.additional_properties = d
        return gitea_get_gitea_repositories_item

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
