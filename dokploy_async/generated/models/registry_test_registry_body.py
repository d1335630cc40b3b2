from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registry_test_registry_body_registry_type import (
    RegistryTestRegistryBodyRegistryType,
    check_registry_test_registry_body_registry_type,
)
from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="RegistryTestRegistryBody")


@_attrs_define
class RegistryTestRegistryBody:
    """
    Attributes:
        username (str):
        password (str):
        registry_url (str):
        registry_type (RegistryTestRegistryBodyRegistryType):
        registry_name (str | Unset):
        image_prefix (None | str | Unset):
        server_id (str | Unset):
    """

    username: str
    password: str = _attrs_field(repr=masked)
    registry_url: str
    registry_type: RegistryTestRegistryBodyRegistryType
    registry_name: str | Unset = UNSET
    image_prefix: None | str | Unset = UNSET
    server_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        registry_url = self.registry_url

        registry_type: str = self.registry_type

        registry_name = self.registry_name

        image_prefix: None | str | Unset
        if isinstance(self.image_prefix, Unset):
            image_prefix = UNSET
        else:
            image_prefix = self.image_prefix

        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
                "registryUrl": registry_url,
                "registryType": registry_type,
            }
        )
        if registry_name is not UNSET:
            field_dict["registryName"] = registry_name
        if image_prefix is not UNSET:
            field_dict["imagePrefix"] = image_prefix
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        registry_url = d.pop("registryUrl")

        registry_type = check_registry_test_registry_body_registry_type(d.pop("registryType"))

        registry_name = d.pop("registryName", UNSET)

        def _parse_image_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_prefix = _parse_image_prefix(d.pop("imagePrefix", UNSET))

        server_id = d.pop("serverId", UNSET)

        registry_test_registry_body = cls(
            username=username,
            password=password,
            registry_url=registry_url,
            registry_type=registry_type,
            registry_name=registry_name,
            image_prefix=image_prefix,
            server_id=server_id,
        )

        registry_test_registry_body.additional_properties = d
        return registry_test_registry_body

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
