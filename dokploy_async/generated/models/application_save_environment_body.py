from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="ApplicationSaveEnvironmentBody")


@_attrs_define
class ApplicationSaveEnvironmentBody:
    """
    Attributes:
        application_id (str):
        env (None | str):
        build_args (None | str):
        build_secrets (None | str):
        create_env_file (bool):
    """

    application_id: str
    env: None | str = _attrs_field(repr=masked)
    build_args: None | str = _attrs_field(repr=masked)
    build_secrets: None | str = _attrs_field(repr=masked)
    create_env_file: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        env: None | str
        env = self.env

        build_args: None | str
        build_args = self.build_args

        build_secrets: None | str
        build_secrets = self.build_secrets

        create_env_file = self.create_env_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "env": env,
                "buildArgs": build_args,
                "buildSecrets": build_secrets,
                "createEnvFile": create_env_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("applicationId")

        def _parse_env(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        env = _parse_env(d.pop("env"))

        def _parse_build_args(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_args = _parse_build_args(d.pop("buildArgs"))

        def _parse_build_secrets(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_secrets = _parse_build_secrets(d.pop("buildSecrets"))

        create_env_file = d.pop("createEnvFile")

        application_save_environment_body = cls(
            application_id=application_id,
            env=env,
            build_args=build_args,
            build_secrets=build_secrets,
            create_env_file=create_env_file,
        )

        application_save_environment_body.additional_properties = d
        return application_save_environment_body

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
