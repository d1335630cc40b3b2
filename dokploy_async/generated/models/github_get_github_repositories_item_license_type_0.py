from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GithubGetGithubRepositoriesItemLicenseType0")


@_attrs_define
class GithubGetGithubRepositoriesItemLicenseType0:
    """
    Attributes:
        key (str):
        name (str):
        node_id (str):
        spdx_id (None | str):
        url (None | str):
        html_url (str | Unset):
    """

    key: str
    name: str
    node_id: str
    spdx_id: None | str
    url: None | str
    html_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        node_id = self.node_id

        spdx_id: None | str
        spdx_id = self.spdx_id

        url: None | str
        url = self.url

        html_url = self.html_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "node_id": node_id,
                "spdx_id": spdx_id,
                "url": url,
            }
        )
        if html_url is not UNSET:
            field_dict["html_url"] = html_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        node_id = d.pop("node_id")

        def _parse_spdx_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        spdx_id = _parse_spdx_id(d.pop("spdx_id"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        html_url = d.pop("html_url", UNSET)

        github_get_github_repositories_item_license_type_0 = cls(
            key=key,
            name=name,
            node_id=node_id,
            spdx_id=spdx_id,
            url=url,
            html_url=html_url,
        )

        github_get_github_repositories_item_license_type_0.additional_properties = d
        return github_get_github_repositories_item_license_type_0

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
