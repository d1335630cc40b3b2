from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registry_create_body_registry_type import (
    RegistryCreateBodyRegistryType,
    check_registry_create_body_registry_type,
)
from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="RegistryCreateBody")


@_attrs_define
class RegistryCreateBody:
    """
    Attributes:
        registry_name (str):
        username (str):
        password (str):
        registry_url (str):
        registry_type (RegistryCreateBodyRegistryType):
        image_prefix (None | str):
        server_id (str | Unset):
    """

    registry_name: str
    username: str
    password: str = _attrs_field(repr=masked)
    registry_url: str
    registry_type: RegistryCreateBodyRegistryType
    image_prefix: None | str
    server_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registry_name = self.registry_name

        username = self.username

        password = self.password

        registry_url = self.registry_url

        registry_type: str = self.registry_type

        image_prefix: None | str
        image_prefix = self.image_prefix

        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "registryName": registry_name,
                "username": username,
                "password": password,
                "registryUrl": registry_url,
                "registryType": registry_type,
                "imagePrefix": image_prefix,
            }
        )
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        registry_name = d.pop("registryName")

        username = d.pop("username")

        password = d.pop("password")

        registry_url = d.pop("registryUrl")

        registry_type = check_registry_create_body_registry_type(d.pop("registryType"))

        def _parse_image_prefix(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image_prefix = _parse_image_prefix(d.pop("imagePrefix"))

        server_id = d.pop("serverId", UNSET)

        registry_create_body = cls(
            registry_name=registry_name,
            username=username,
            password=password,
            registry_url=registry_url,
            registry_type=registry_type,
            image_prefix=image_prefix,
            server_id=server_id,
        )

        registry_create_body.additional_properties = d
        return registry_create_body

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
