from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="SshKey")


@_attrs_define
class SshKey:
    """A record of Dokploy's `sshKeys` table.

    Attributes:
        created_at (str):
        description (None | str):
        last_used_at (None | str):
        name (str):
        organization_id (str):
        private_key (str):
        public_key (str):
        ssh_key_id (str):
    """

    created_at: str
    description: None | str
    last_used_at: None | str
    name: str
    organization_id: str
    private_key: str = _attrs_field(repr=masked)
    public_key: str
    ssh_key_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        description: None | str
        description = self.description

        last_used_at: None | str
        last_used_at = self.last_used_at

        name = self.name

        organization_id = self.organization_id

        private_key = self.private_key

        public_key = self.public_key

        ssh_key_id = self.ssh_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "description": description,
                "lastUsedAt": last_used_at,
                "name": name,
                "organizationId": organization_id,
                "privateKey": private_key,
                "publicKey": public_key,
                "sshKeyId": ssh_key_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("createdAt")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_last_used_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_used_at = _parse_last_used_at(d.pop("lastUsedAt"))

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        private_key = d.pop("privateKey")

        public_key = d.pop("publicKey")

        ssh_key_id = d.pop("sshKeyId")

        ssh_key = cls(
            created_at=created_at,
            description=description,
            last_used_at=last_used_at,
            name=name,
            organization_id=organization_id,
            private_key=private_key,
            public_key=public_key,
            ssh_key_id=ssh_key_id,
        )

        ssh_key.additional_properties = d
        return ssh_key

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
