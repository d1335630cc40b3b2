from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationSaveBitbucketProviderBody")


@_attrs_define
class ApplicationSaveBitbucketProviderBody:
    """
    Attributes:
        bitbucket_build_path (None | str):
        bitbucket_owner (None | str):
        bitbucket_repository (None | str):
        bitbucket_repository_slug (None | str):
        bitbucket_id (None | str):
        application_id (str):
        bitbucket_branch (str):
        enable_submodules (bool | Unset):
        watch_paths (list[str] | None | Unset):
    """

    bitbucket_build_path: None | str
    bitbucket_owner: None | str
    bitbucket_repository: None | str
    bitbucket_repository_slug: None | str
    bitbucket_id: None | str
    application_id: str
    bitbucket_branch: str
    enable_submodules: bool | Unset = UNSET
    watch_paths: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitbucket_build_path: None | str
        bitbucket_build_path = self.bitbucket_build_path

        bitbucket_owner: None | str
        bitbucket_owner = self.bitbucket_owner

        bitbucket_repository: None | str
        bitbucket_repository = self.bitbucket_repository

        bitbucket_repository_slug: None | str
        bitbucket_repository_slug = self.bitbucket_repository_slug

        bitbucket_id: None | str
        bitbucket_id = self.bitbucket_id

        application_id = self.application_id

        bitbucket_branch = self.bitbucket_branch

        enable_submodules = self.enable_submodules

        watch_paths: list[str] | None | Unset
        if isinstance(self.watch_paths, Unset):
            watch_paths = UNSET
        elif isinstance(self.watch_paths, list):
            watch_paths = self.watch_paths

        else:
            watch_paths = self.watch_paths

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bitbucketBuildPath": bitbucket_build_path,
                "bitbucketOwner": bitbucket_owner,
                "bitbucketRepository": bitbucket_repository,
                "bitbucketRepositorySlug": bitbucket_repository_slug,
                "bitbucketId": bitbucket_id,
                "applicationId": application_id,
                "bitbucketBranch": bitbucket_branch,
            }
        )
        if enable_submodules is not UNSET:
            field_dict["enableSubmodules"] = enable_submodules
        if watch_paths is not UNSET:
            field_dict["watchPaths"] = watch_paths

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_bitbucket_build_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_build_path = _parse_bitbucket_build_path(d.pop("bitbucketBuildPath"))

        def _parse_bitbucket_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_owner = _parse_bitbucket_owner(d.pop("bitbucketOwner"))

        def _parse_bitbucket_repository(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_repository = _parse_bitbucket_repository(d.pop("bitbucketRepository"))

        def _parse_bitbucket_repository_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_repository_slug = _parse_bitbucket_repository_slug(
            d.pop("bitbucketRepositorySlug")
        )

        def _parse_bitbucket_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_id = _parse_bitbucket_id(d.pop("bitbucketId"))

        application_id = d.pop("applicationId")

        bitbucket_branch = d.pop("bitbucketBranch")

        enable_submodules = d.pop("enableSubmodules", UNSET)

        def _parse_watch_paths(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                watch_paths_type_0 = cast(list[str], data)

                return watch_paths_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        watch_paths = _parse_watch_paths(d.pop("watchPaths", UNSET))

        application_save_bitbucket_provider_body = cls(
            bitbucket_build_path=bitbucket_build_path,
            bitbucket_owner=bitbucket_owner,
            bitbucket_repository=bitbucket_repository,
            bitbucket_repository_slug=bitbucket_repository_slug,
            bitbucket_id=bitbucket_id,
            application_id=application_id,
            bitbucket_branch=bitbucket_branch,
            enable_submodules=enable_submodules,
            watch_paths=watch_paths,
        )

        application_save_bitbucket_provider_body.additional_properties = d
        return application_save_bitbucket_provider_body

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
