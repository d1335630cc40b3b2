from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registry_update_body_registry_type import (
    RegistryUpdateBodyRegistryType,
    check_registry_update_body_registry_type,
)
from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="RegistryUpdateBody")


@_attrs_define
class RegistryUpdateBody:
    """
    Attributes:
        registry_id (str):
        registry_name (str | Unset):
        image_prefix (None | str | Unset):
        username (str | Unset):
        password (str | Unset):
        registry_url (str | Unset):
        created_at (str | Unset):
        registry_type (RegistryUpdateBodyRegistryType | Unset):
        organization_id (str | Unset):
        server_id (str | Unset):
    """

    registry_id: str
    registry_name: str | Unset = UNSET
    image_prefix: None | str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=masked)
    registry_url: str | Unset = UNSET
    created_at: str | Unset = UNSET
    registry_type: RegistryUpdateBodyRegistryType | Unset = UNSET
    organization_id: str | Unset = UNSET
    server_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registry_id = self.registry_id

        registry_name = self.registry_name

        image_prefix: None | str | Unset
        if isinstance(self.image_prefix, Unset):
            image_prefix = UNSET
        else:
            image_prefix = self.image_prefix

        username = self.username

        password = self.password

        registry_url = self.registry_url

        created_at = self.created_at

        registry_type: str | Unset = UNSET
        if not isinstance(self.registry_type, Unset):
            registry_type = self.registry_type

        organization_id = self.organization_id

        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "registryId": registry_id,
            }
        )
        if registry_name is not UNSET:
            field_dict["registryName"] = registry_name
        if image_prefix is not UNSET:
            field_dict["imagePrefix"] = image_prefix
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if registry_url is not UNSET:
            field_dict["registryUrl"] = registry_url
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if registry_type is not UNSET:
            field_dict["registryType"] = registry_type
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        registry_id = d.pop("registryId")

        registry_name = d.pop("registryName", UNSET)

        def _parse_image_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_prefix = _parse_image_prefix(d.pop("imagePrefix", UNSET))

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        registry_url = d.pop("registryUrl", UNSET)

        created_at = d.pop("createdAt", UNSET)

        _registry_type = d.pop("registryType", UNSET)
        registry_type: RegistryUpdateBodyRegistryType | Unset
        if isinstance(_registry_type, Unset):
            registry_type = UNSET
        else:
            registry_type = check_registry_update_body_registry_type(_registry_type)

        organization_id = d.pop("organizationId", UNSET)

        server_id = d.pop("serverId", UNSET)

        registry_update_body = cls(
            registry_id=registry_id,
            registry_name=registry_name,
            image_prefix=image_prefix,
            username=username,
            password=password,
            registry_url=registry_url,
            created_at=created_at,
            registry_type=registry_type,
            organization_id=organization_id,
            server_id=server_id,
        )

        registry_update_body.additional_properties = d
        return registry_update_body

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
