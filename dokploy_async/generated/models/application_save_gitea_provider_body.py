from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationSaveGiteaProviderBody")


@_attrs_define
class ApplicationSaveGiteaProviderBody:
    """
    Attributes:
        application_id (str):
        gitea_build_path (None | str):
        gitea_owner (None | str):
        gitea_repository (None | str):
        gitea_id (None | str):
        gitea_branch (str):
        enable_submodules (bool | Unset):
        watch_paths (list[str] | None | Unset):
    """

    application_id: str
    gitea_build_path: None | str
    gitea_owner: None | str
    gitea_repository: None | str
    gitea_id: None | str
    gitea_branch: str
    enable_submodules: bool | Unset = UNSET
    watch_paths: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        gitea_build_path: None | str
        gitea_build_path = self.gitea_build_path

        gitea_owner: None | str
        gitea_owner = self.gitea_owner

        gitea_repository: None | str
        gitea_repository = self.gitea_repository

        gitea_id: None | str
        gitea_id = self.gitea_id

        gitea_branch = self.gitea_branch

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
                "giteaBuildPath": gitea_build_path,
                "giteaOwner": gitea_owner,
                "giteaRepository": gitea_repository,
                "giteaId": gitea_id,
                "giteaBranch": gitea_branch,
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

        def _parse_gitea_build_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitea_build_path = _parse_gitea_build_path(d.pop("giteaBuildPath"))

        def _parse_gitea_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitea_owner = _parse_gitea_owner(d.pop("giteaOwner"))

        def _parse_gitea_repository(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitea_repository = _parse_gitea_repository(d.pop("giteaRepository"))

        def _parse_gitea_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitea_id = _parse_gitea_id(d.pop("giteaId"))

        gitea_branch = d.pop("giteaBranch")

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

        application_save_gitea_provider_body = cls(
            application_id=application_id,
            gitea_build_path=gitea_build_path,
            gitea_owner=gitea_owner,
            gitea_repository=gitea_repository,
            gitea_id=gitea_id,
            gitea_branch=gitea_branch,
            enable_submodules=enable_submodules,
            watch_paths=watch_paths,
        )

        application_save_gitea_provider_body.additional_properties = d
        return application_save_gitea_provider_body

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
