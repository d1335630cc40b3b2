from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="SshKeyCreateBody")


@_attrs_define
class SshKeyCreateBody:
    """
    Attributes:
        name (str):
        private_key (str):
        public_key (str):
        organization_id (str):
        description (None | str | Unset):
    """

    name: str
    private_key: str = _attrs_field(repr=masked)
    public_key: str
    organization_id: str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        private_key = self.private_key

        public_key = self.public_key

        organization_id = self.organization_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "privateKey": private_key,
                "publicKey": public_key,
                "organizationId": organization_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        private_key = d.pop("privateKey")

        public_key = d.pop("publicKey")

        organization_id = d.pop("organizationId")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        ssh_key_create_body = cls(
            name=name,
            private_key=private_key,
            public_key=public_key,
            organization_id=organization_id,
            description=description,
        )

        ssh_key_create_body.additional_properties = d
        return ssh_key_create_body

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
