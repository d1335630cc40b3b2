from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.git_provider import GitProvider


T = TypeVar("T", bound="GithubGithubProvidersItem")


@_attrs_define
class GithubGithubProvidersItem:
    """
    Attributes:
        git_provider (GitProvider): A record of Dokploy's `gitProvider` table.
        github_id (str):
        github_url (str):
    """

    git_provider: GitProvider
    github_id: str
    github_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        git_provider = self.git_provider.to_dict()

        github_id = self.github_id

        github_url = self.github_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gitProvider": git_provider,
                "githubId": github_id,
                "githubUrl": github_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.git_provider import GitProvider  # noqa: PLC0415

        d = dict(src_dict)
        git_provider = GitProvider.from_dict(d.pop("gitProvider"))

        github_id = d.pop("githubId")

        github_url = d.pop("githubUrl")

        github_github_providers_item = cls(
            git_provider=git_provider,
            github_id=github_id,
            github_url=github_url,
        )

        github_github_providers_item.additional_properties = d
        return github_github_providers_item

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
