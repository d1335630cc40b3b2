from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="ApplicationSaveDockerProviderBody")


@_attrs_define
class ApplicationSaveDockerProviderBody:
    """
    Attributes:
        docker_image (None | str):
        application_id (str):
        username (None | str):
        password (None | str):
        registry_url (None | str):
    """

    docker_image: None | str
    application_id: str
    username: None | str
    password: None | str = _attrs_field(repr=masked)
    registry_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        docker_image: None | str
        docker_image = self.docker_image

        application_id = self.application_id

        username: None | str
        username = self.username

        password: None | str
        password = self.password

        registry_url: None | str
        registry_url = self.registry_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dockerImage": docker_image,
                "applicationId": application_id,
                "username": username,
                "password": password,
                "registryUrl": registry_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_docker_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        docker_image = _parse_docker_image(d.pop("dockerImage"))

        application_id = d.pop("applicationId")

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        def _parse_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        password = _parse_password(d.pop("password"))

        def _parse_registry_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registry_url = _parse_registry_url(d.pop("registryUrl"))

        application_save_docker_provider_body = cls(
            docker_image=docker_image,
            application_id=application_id,
            username=username,
            password=password,
            registry_url=registry_url,
        )

        application_save_docker_provider_body.additional_properties = d
        return application_save_docker_provider_body

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
