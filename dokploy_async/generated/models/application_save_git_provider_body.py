from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationSaveGitProviderBody")


@_attrs_define
class ApplicationSaveGitProviderBody:
    """
    Attributes:
        application_id (str):
        custom_git_build_path (None | str):
        custom_git_url (None | str):
        watch_paths (list[str] | None):
        custom_git_branch (str):
        enable_submodules (bool | Unset):
        custom_git_ssh_key_id (None | str | Unset):
    """

    application_id: str
    custom_git_build_path: None | str
    custom_git_url: None | str
    watch_paths: list[str] | None
    custom_git_branch: str
    enable_submodules: bool | Unset = UNSET
    custom_git_ssh_key_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        custom_git_build_path: None | str
        custom_git_build_path = self.custom_git_build_path

        custom_git_url: None | str
        custom_git_url = self.custom_git_url

        watch_paths: list[str] | None
        if isinstance(self.watch_paths, list):
            watch_paths = self.watch_paths

        else:
            watch_paths = self.watch_paths

        custom_git_branch = self.custom_git_branch

        enable_submodules = self.enable_submodules

        custom_git_ssh_key_id: None | str | Unset
        if isinstance(self.custom_git_ssh_key_id, Unset):
            custom_git_ssh_key_id = UNSET
        else:
            custom_git_ssh_key_id = self.custom_git_ssh_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "customGitBuildPath": custom_git_build_path,
                "customGitUrl": custom_git_url,
                "watchPaths": watch_paths,
                "customGitBranch": custom_git_branch,
            }
        )
        if enable_submodules is not UNSET:
            field_dict["enableSubmodules"] = enable_submodules
        if custom_git_ssh_key_id is not UNSET:
            field_dict["customGitSSHKeyId"] = custom_git_ssh_key_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("applicationId")

        def _parse_custom_git_build_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_git_build_path = _parse_custom_git_build_path(d.pop("customGitBuildPath"))

        def _parse_custom_git_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_git_url = _parse_custom_git_url(d.pop("customGitUrl"))

        def _parse_watch_paths(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                watch_paths_type_0 = cast(list[str], data)

                return watch_paths_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        watch_paths = _parse_watch_paths(d.pop("watchPaths"))

        custom_git_branch = d.pop("customGitBranch")

        enable_submodules = d.pop("enableSubmodules", UNSET)

        def _parse_custom_git_ssh_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_git_ssh_key_id = _parse_custom_git_ssh_key_id(d.pop("customGitSSHKeyId", UNSET))

        application_save_git_provider_body = cls(
            application_id=application_id,
            custom_git_build_path=custom_git_build_path,
            custom_git_url=custom_git_url,
            watch_paths=watch_paths,
            custom_git_branch=custom_git_branch,
            enable_submodules=enable_submodules,
            custom_git_ssh_key_id=custom_git_ssh_key_id,
        )

        application_save_git_provider_body.additional_properties = d
        return application_save_git_provider_body

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
