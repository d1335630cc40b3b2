from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member import Member


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """A record of Dokploy's `organization` table.

    Attributes:
        created_at (datetime.datetime):
        default_role (None | str):
        id (str):
        logo (None | str):
        metadata (None | str):
        name (str):
        owner_id (str):
        slug (None | str):
        members (list[Member] | Unset):
    """

    created_at: datetime.datetime
    default_role: None | str
    id: str
    logo: None | str
    metadata: None | str
    name: str
    owner_id: str
    slug: None | str
    members: list[Member] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = (
            self.created_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        default_role: None | str
        default_role = self.default_role

        id = self.id

        logo: None | str
        logo = self.logo

        metadata: None | str
        metadata = self.metadata

        name = self.name

        owner_id = self.owner_id

        slug: None | str
        slug = self.slug

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "defaultRole": default_role,
                "id": id,
                "logo": logo,
                "metadata": metadata,
                "name": name,
                "ownerId": owner_id,
                "slug": slug,
            }
        )
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member import Member  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_default_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_role = _parse_default_role(d.pop("defaultRole"))

        id = d.pop("id")

        def _parse_logo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo = _parse_logo(d.pop("logo"))

        def _parse_metadata(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        metadata = _parse_metadata(d.pop("metadata"))

        name = d.pop("name")

        owner_id = d.pop("ownerId")

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slug = _parse_slug(d.pop("slug"))

        _members = d.pop("members", UNSET)
        members: list[Member] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = Member.from_dict(members_item_data)

                members.append(members_item)

        organization = cls(
            created_at=created_at,
            default_role=default_role,
            id=id,
            logo=logo,
            metadata=metadata,
            name=name,
            owner_id=owner_id,
            slug=slug,
            members=members,
        )

        organization.additional_properties = d
        return organization

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
