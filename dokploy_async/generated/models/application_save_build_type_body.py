from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_save_build_type_body_build_type import (
    ApplicationSaveBuildTypeBodyBuildType,
    check_application_save_build_type_body_build_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationSaveBuildTypeBody")


@_attrs_define
class ApplicationSaveBuildTypeBody:
    """
    Attributes:
        application_id (str):
        build_type (ApplicationSaveBuildTypeBodyBuildType):
        dockerfile (None | str):
        docker_context_path (None | str):
        docker_build_stage (None | str):
        heroku_version (None | str):
        railpack_version (None | str):
        publish_directory (None | str | Unset):
        is_static_spa (bool | None | Unset):
    """

    application_id: str
    build_type: ApplicationSaveBuildTypeBodyBuildType
    dockerfile: None | str
    docker_context_path: None | str
    docker_build_stage: None | str
    heroku_version: None | str
    railpack_version: None | str
    publish_directory: None | str | Unset = UNSET
    is_static_spa: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        build_type: str = self.build_type

        dockerfile: None | str
        dockerfile = self.dockerfile

        docker_context_path: None | str
        docker_context_path = self.docker_context_path

        docker_build_stage: None | str
        docker_build_stage = self.docker_build_stage

        heroku_version: None | str
        heroku_version = self.heroku_version

        railpack_version: None | str
        railpack_version = self.railpack_version

        publish_directory: None | str | Unset
        if isinstance(self.publish_directory, Unset):
            publish_directory = UNSET
        else:
            publish_directory = self.publish_directory

        is_static_spa: bool | None | Unset
        if isinstance(self.is_static_spa, Unset):
            is_static_spa = UNSET
        else:
            is_static_spa = self.is_static_spa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "buildType": build_type,
                "dockerfile": dockerfile,
                "dockerContextPath": docker_context_path,
                "dockerBuildStage": docker_build_stage,
                "herokuVersion": heroku_version,
                "railpackVersion": railpack_version,
            }
        )
        if publish_directory is not UNSET:
            field_dict["publishDirectory"] = publish_directory
        if is_static_spa is not UNSET:
            field_dict["isStaticSpa"] = is_static_spa

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("applicationId")

        build_type = check_application_save_build_type_body_build_type(d.pop("buildType"))

        def _parse_dockerfile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dockerfile = _parse_dockerfile(d.pop("dockerfile"))

        def _parse_docker_context_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        docker_context_path = _parse_docker_context_path(d.pop("dockerContextPath"))

        def _parse_docker_build_stage(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        docker_build_stage = _parse_docker_build_stage(d.pop("dockerBuildStage"))

        def _parse_heroku_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        heroku_version = _parse_heroku_version(d.pop("herokuVersion"))

        def _parse_railpack_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        railpack_version = _parse_railpack_version(d.pop("railpackVersion"))

        def _parse_publish_directory(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publish_directory = _parse_publish_directory(d.pop("publishDirectory", UNSET))

        def _parse_is_static_spa(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_static_spa = _parse_is_static_spa(d.pop("isStaticSpa", UNSET))

        application_save_build_type_body = cls(
            application_id=application_id,
            build_type=build_type,
            dockerfile=dockerfile,
            docker_context_path=docker_context_path,
            docker_build_stage=docker_build_stage,
            heroku_version=heroku_version,
            railpack_version=railpack_version,
            publish_directory=publish_directory,
            is_static_spa=is_static_spa,
        )

        application_save_build_type_body.additional_properties = d
        return application_save_build_type_body

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
