from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationSaveGitlabProviderBody")


@_attrs_define
class ApplicationSaveGitlabProviderBody:
    """
    Attributes:
        application_id (str):
        gitlab_build_path (None | str):
        gitlab_owner (None | str):
        gitlab_repository (None | str):
        gitlab_id (None | str):
        gitlab_project_id (float | None):
        gitlab_path_namespace (None | str):
        gitlab_branch (str):
        enable_submodules (bool | Unset):
        watch_paths (list[str] | None | Unset):
    """

    application_id: str
    gitlab_build_path: None | str
    gitlab_owner: None | str
    gitlab_repository: None | str
    gitlab_id: None | str
    gitlab_project_id: float | None
    gitlab_path_namespace: None | str
    gitlab_branch: str
    enable_submodules: bool | Unset = UNSET
    watch_paths: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        gitlab_build_path: None | str
        gitlab_build_path = self.gitlab_build_path

        gitlab_owner: None | str
        gitlab_owner = self.gitlab_owner

        gitlab_repository: None | str
        gitlab_repository = self.gitlab_repository

        gitlab_id: None | str
        gitlab_id = self.gitlab_id

        gitlab_project_id: float | None
        gitlab_project_id = self.gitlab_project_id

        gitlab_path_namespace: None | str
        gitlab_path_namespace = self.gitlab_path_namespace

        gitlab_branch = self.gitlab_branch

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
                "applicationId": application_id,
                "gitlabBuildPath": gitlab_build_path,
                "gitlabOwner": gitlab_owner,
                "gitlabRepository": gitlab_repository,
                "gitlabId": gitlab_id,
                "gitlabProjectId": gitlab_project_id,
                "gitlabPathNamespace": gitlab_path_namespace,
                "gitlabBranch": gitlab_branch,
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
        application_id = d.pop("applicationId")

        def _parse_gitlab_build_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_build_path = _parse_gitlab_build_path(d.pop("gitlabBuildPath"))

        def _parse_gitlab_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_owner = _parse_gitlab_owner(d.pop("gitlabOwner"))

        def _parse_gitlab_repository(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_repository = _parse_gitlab_repository(d.pop("gitlabRepository"))

        def _parse_gitlab_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_id = _parse_gitlab_id(d.pop("gitlabId"))

        def _parse_gitlab_project_id(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        gitlab_project_id = _parse_gitlab_project_id(d.pop("gitlabProjectId"))

        def _parse_gitlab_path_namespace(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_path_namespace = _parse_gitlab_path_namespace(d.pop("gitlabPathNamespace"))

        gitlab_branch = d.pop("gitlabBranch")

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

        application_save_gitlab_provider_body = cls(
            application_id=application_id,
            gitlab_build_path=gitlab_build_path,
            gitlab_owner=gitlab_owner,
            gitlab_repository=gitlab_repository,
            gitlab_id=gitlab_id,
            gitlab_project_id=gitlab_project_id,
            gitlab_path_namespace=gitlab_path_namespace,
            gitlab_branch=gitlab_branch,
            enable_submodules=enable_submodules,
            watch_paths=watch_paths,
        )

        application_save_gitlab_provider_body.additional_properties = d
        return application_save_gitlab_provider_body

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
