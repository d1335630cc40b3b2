from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.git_provider_provider_type import (
    GitProviderProviderType,
    check_git_provider_provider_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.git_provider_bitbucket_type_0 import GitProviderBitbucketType0
    from ..models.git_provider_gitea_type_0 import GitProviderGiteaType0
    from ..models.git_provider_github_type_0 import GitProviderGithubType0
    from ..models.git_provider_gitlab_type_0 import GitProviderGitlabType0


T = TypeVar("T", bound="GitProvider")


@_attrs_define
class GitProvider:
    """A record of Dokploy's `gitProvider` table.

    Attributes:
        created_at (str):
        git_provider_id (str):
        name (str):
        organization_id (str):
        provider_type (GitProviderProviderType):
        shared_with_organization (bool):
        user_id (str):
        bitbucket (GitProviderBitbucketType0 | None | Unset):
        gitea (GitProviderGiteaType0 | None | Unset):
        github (GitProviderGithubType0 | None | Unset):
        gitlab (GitProviderGitlabType0 | None | Unset):
        is_owner (bool | Unset):
    """

    created_at: str
    git_provider_id: str
    name: str
    organization_id: str
    provider_type: GitProviderProviderType
    shared_with_organization: bool
    user_id: str
    bitbucket: GitProviderBitbucketType0 | None | Unset = UNSET
    gitea: GitProviderGiteaType0 | None | Unset = UNSET
    github: GitProviderGithubType0 | None | Unset = UNSET
    gitlab: GitProviderGitlabType0 | None | Unset = UNSET
    is_owner: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.git_provider_bitbucket_type_0 import GitProviderBitbucketType0  # noqa: PLC0415
        from ..models.git_provider_gitea_type_0 import GitProviderGiteaType0  # noqa: PLC0415
        from ..models.git_provider_github_type_0 import GitProviderGithubType0  # noqa: PLC0415
        from ..models.git_provider_gitlab_type_0 import GitProviderGitlabType0  # noqa: PLC0415

        created_at = self.created_at

        git_provider_id = self.git_provider_id

        name = self.name

        organization_id = self.organization_id

        provider_type: str = self.provider_type

        shared_with_organization = self.shared_with_organization

        user_id = self.user_id

        bitbucket: dict[str, Any] | None | Unset
        if isinstance(self.bitbucket, Unset):
            bitbucket = UNSET
        elif isinstance(self.bitbucket, GitProviderBitbucketType0):
            bitbucket = self.bitbucket.to_dict()
        else:
            bitbucket = self.bitbucket

        gitea: dict[str, Any] | None | Unset
        if isinstance(self.gitea, Unset):
            gitea = UNSET
        elif isinstance(self.gitea, GitProviderGiteaType0):
            gitea = self.gitea.to_dict()
        else:
            gitea = self.gitea

        github: dict[str, Any] | None | Unset
        if isinstance(self.github, Unset):
            github = UNSET
        elif isinstance(self.github, GitProviderGithubType0):
            github = self.github.to_dict()
        else:
            github = self.github

        gitlab: dict[str, Any] | None | Unset
        if isinstance(self.gitlab, Unset):
            gitlab = UNSET
        elif isinstance(self.gitlab, GitProviderGitlabType0):
            gitlab = self.gitlab.to_dict()
        else:
            gitlab = self.gitlab

        is_owner = self.is_owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "gitProviderId": git_provider_id,
                "name": name,
                "organizationId": organization_id,
                "providerType": provider_type,
                "sharedWithOrganization": shared_with_organization,
                "userId": user_id,
            }
        )
        if bitbucket is not UNSET:
            field_dict["bitbucket"] = bitbucket
        if gitea is not UNSET:
            field_dict["gitea"] = gitea
        if github is not UNSET:
            field_dict["github"] = github
        if gitlab is not UNSET:
            field_dict["gitlab"] = gitlab
        if is_owner is not UNSET:
            field_dict["isOwner"] = is_owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.git_provider_bitbucket_type_0 import GitProviderBitbucketType0  # noqa: PLC0415
        from ..models.git_provider_gitea_type_0 import GitProviderGiteaType0  # noqa: PLC0415
        from ..models.git_provider_github_type_0 import GitProviderGithubType0  # noqa: PLC0415
        from ..models.git_provider_gitlab_type_0 import GitProviderGitlabType0  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("createdAt")

        git_provider_id = d.pop("gitProviderId")

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        provider_type = check_git_provider_provider_type(d.pop("providerType"))

        shared_with_organization = d.pop("sharedWithOrganization")

        user_id = d.pop("userId")

        def _parse_bitbucket(data: object) -> GitProviderBitbucketType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bitbucket_type_0 = GitProviderBitbucketType0.from_dict(data)

                return bitbucket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GitProviderBitbucketType0 | None | Unset, data)

        bitbucket = _parse_bitbucket(d.pop("bitbucket", UNSET))

        def _parse_gitea(data: object) -> GitProviderGiteaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gitea_type_0 = GitProviderGiteaType0.from_dict(data)

                return gitea_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GitProviderGiteaType0 | None | Unset, data)

        gitea = _parse_gitea(d.pop("gitea", UNSET))

        def _parse_github(data: object) -> GitProviderGithubType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                github_type_0 = GitProviderGithubType0.from_dict(data)

                return github_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GitProviderGithubType0 | None | Unset, data)

        github = _parse_github(d.pop("github", UNSET))

        def _parse_gitlab(data: object) -> GitProviderGitlabType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gitlab_type_0 = GitProviderGitlabType0.from_dict(data)

                return gitlab_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GitProviderGitlabType0 | None | Unset, data)

        gitlab = _parse_gitlab(d.pop("gitlab", UNSET))

        is_owner = d.pop("isOwner", UNSET)

        git_provider = cls(
            created_at=created_at,
            git_provider_id=git_provider_id,
            name=name,
            organization_id=organization_id,
            provider_type=provider_type,
            shared_with_organization=shared_with_organization,
            user_id=user_id,
            bitbucket=bitbucket,
            gitea=gitea,
            github=github,
            gitlab=gitlab,
            is_owner=is_owner,
        )

        git_provider.additional_properties = d
        return git_provider

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
