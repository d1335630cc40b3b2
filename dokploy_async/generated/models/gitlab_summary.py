from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GitlabSummary")


@_attrs_define
class GitlabSummary:
    """A partial record of Dokploy's `gitlab` table.

    Attributes:
        application_id (None | str):
        expires_at (int | None):
        git_provider_id (str):
        gitlab_id (str):
        gitlab_internal_url (None | str):
        gitlab_url (str):
        group_name (None | str):
        redirect_uri (None | str):
    """

    application_id: None | str
    expires_at: int | None
    git_provider_id: str
    gitlab_id: str
    gitlab_internal_url: None | str
    gitlab_url: str
    group_name: None | str
    redirect_uri: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id: None | str
        application_id = self.application_id

        expires_at: int | None
        expires_at = self.expires_at

        git_provider_id = self.git_provider_id

        gitlab_id = self.gitlab_id

        gitlab_internal_url: None | str
        gitlab_internal_url = self.gitlab_internal_url

        gitlab_url = self.gitlab_url

        group_name: None | str
        group_name = self.group_name

        redirect_uri: None | str
        redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "expiresAt": expires_at,
                "gitProviderId": git_provider_id,
                "gitlabId": gitlab_id,
                "gitlabInternalUrl": gitlab_internal_url,
                "gitlabUrl": gitlab_url,
                "groupName": group_name,
                "redirectUri": redirect_uri,
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

        def _parse_expires_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        git_provider_id = d.pop("gitProviderId")

        gitlab_id = d.pop("gitlabId")

        def _parse_gitlab_internal_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_internal_url = _parse_gitlab_internal_url(d.pop("gitlabInternalUrl"))

        gitlab_url = d.pop("gitlabUrl")

        def _parse_group_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_name = _parse_group_name(d.pop("groupName"))

        def _parse_redirect_uri(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        redirect_uri = _parse_redirect_uri(d.pop("redirectUri"))

        gitlab_summary = cls(
            application_id=application_id,
            expires_at=expires_at,
            git_provider_id=git_provider_id,
            gitlab_id=gitlab_id,
            gitlab_internal_url=gitlab_internal_url,
            gitlab_url=gitlab_url,
            group_name=group_name,
            redirect_uri=redirect_uri,
        )

        gitlab_summary.additional_properties = d
        return gitlab_summary

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
