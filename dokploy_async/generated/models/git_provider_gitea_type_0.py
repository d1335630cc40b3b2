from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GitProviderGiteaType0")


@_attrs_define
class GitProviderGiteaType0:
    """
    Attributes:
        client_id (None | str):
        gitea_id (str):
        gitea_url (str):
        is_configured (bool):
    """

    client_id: None | str
    gitea_id: str
    gitea_url: str
    is_configured: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id: None | str
        client_id = self.client_id

        gitea_id = self.gitea_id

        gitea_url = self.gitea_url

        is_configured = self.is_configured

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "giteaId": gitea_id,
                "giteaUrl": gitea_url,
                "isConfigured": is_configured,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("clientId"))

        gitea_id = d.pop("giteaId")

        gitea_url = d.pop("giteaUrl")

        is_configured = d.pop("isConfigured")

        git_provider_gitea_type_0 = cls(
            client_id=client_id,
            gitea_id=gitea_id,
            gitea_url=gitea_url,
            is_configured=is_configured,
        )

        git_provider_gitea_type_0.additional_properties = d
        return git_provider_gitea_type_0

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
