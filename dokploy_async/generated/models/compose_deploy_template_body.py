from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComposeDeployTemplateBody")


@_attrs_define
class ComposeDeployTemplateBody:
    """
    Attributes:
        environment_id (str):
        id (str):
        server_id (str | Unset):
        base_url (str | Unset):
    """

    environment_id: str
    id: str
    server_id: str | Unset = UNSET
    base_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_id = self.environment_id

        id = self.id

        server_id = self.server_id

        base_url = self.base_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environmentId": environment_id,
                "id": id,
            }
        )
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if base_url is not UNSET:
            field_dict["baseUrl"] = base_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment_id = d.pop("environmentId")

        id = d.pop("id")

        server_id = d.pop("serverId", UNSET)

        base_url = d.pop("baseUrl", UNSET)

        compose_deploy_template_body = cls(
            environment_id=environment_id,
            id=id,
            server_id=server_id,
            base_url=base_url,
        )

        compose_deploy_template_body.additional_properties = d
        return compose_deploy_template_body

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
