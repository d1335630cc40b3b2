from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_save_github_provider_body_trigger_type import (
    ApplicationSaveGithubProviderBodyTriggerType,
    check_application_save_github_provider_body_trigger_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationSaveGithubProviderBody")


@_attrs_define
class ApplicationSaveGithubProviderBody:
    """
    Attributes:
        application_id (str):
        repository (None | str):
        owner (None | str):
        build_path (None | str):
        github_id (None | str):
        branch (str):
        trigger_type (ApplicationSaveGithubProviderBodyTriggerType):
        enable_submodules (bool | Unset):
        watch_paths (list[str] | None | Unset):
    """

    application_id: str
    repository: None | str
    owner: None | str
    build_path: None | str
    github_id: None | str
    branch: str
    trigger_type: ApplicationSaveGithubProviderBodyTriggerType
    enable_submodules: bool | Unset = UNSET
    watch_paths: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        repository: None | str
        repository = self.repository

        owner: None | str
        owner = self.owner

        build_path: None | str
        build_path = self.build_path

        github_id: None | str
        github_id = self.github_id

        branch = self.branch

        trigger_type: str = self.trigger_type

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
                "repository": repository,
                "owner": owner,
                "buildPath": build_path,
                "githubId": github_id,
                "branch": branch,
                "triggerType": trigger_type,
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

        def _parse_repository(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        repository = _parse_repository(d.pop("repository"))

        def _parse_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner = _parse_owner(d.pop("owner"))

        def _parse_build_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_path = _parse_build_path(d.pop("buildPath"))

        def _parse_github_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        github_id = _parse_github_id(d.pop("githubId"))

        branch = d.pop("branch")

        trigger_type = check_application_save_github_provider_body_trigger_type(
            d.pop("triggerType")
        )

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

        application_save_github_provider_body = cls(
            application_id=application_id,
            repository=repository,
            owner=owner,
            build_path=build_path,
            github_id=github_id,
            branch=branch,
            trigger_type=trigger_type,
            enable_submodules=enable_submodules,
            watch_paths=watch_paths,
        )

        application_save_github_provider_body.additional_properties = d
        return application_save_github_provider_body

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
