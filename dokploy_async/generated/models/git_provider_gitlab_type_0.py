from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GitProviderGitlabType0")


@_attrs_define
class GitProviderGitlabType0:
    """
    Attributes:
        application_id (None | str):
        gitlab_id (str):
        gitlab_url (str):
        is_configured (bool):
    """

    application_id: None | str
    gitlab_id: str
    gitlab_url: str
    is_configured: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id: None | str
        application_id = self.application_id

        gitlab_id = self.gitlab_id

        gitlab_url = self.gitlab_url

        is_configured = self.is_configured

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "gitlabId": gitlab_id,
                "gitlabUrl": gitlab_url,
                "isConfigured": is_configured,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_application_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_id = _parse_application_id(d.pop("applicationId"))

        gitlab_id = d.pop("gitlabId")

        gitlab_url = d.pop("gitlabUrl")

        is_configured = d.pop("isConfigured")

        git_provider_gitlab_type_0 = cls(
            application_id=application_id,
            gitlab_id=gitlab_id,
            gitlab_url=gitlab_url,
            is_configured=is_configured,
        )

        git_provider_gitlab_type_0.additional_properties = d
        return git_provider_gitlab_type_0

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
