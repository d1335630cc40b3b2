from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="ComposeSaveEnvironmentBody")


@_attrs_define
class ComposeSaveEnvironmentBody:
    """
    Attributes:
        compose_id (str):
        env (None | str):
        create_env_file (bool | Unset):
    """

    compose_id: str
    env: None | str = _attrs_field(repr=masked)
    create_env_file: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compose_id = self.compose_id

        env: None | str
        env = self.env

        create_env_file = self.create_env_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "composeId": compose_id,
                "env": env,
            }
        )
        if create_env_file is not UNSET:
            field_dict["createEnvFile"] = create_env_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compose_id = d.pop("composeId")

        def _parse_env(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        env = _parse_env(d.pop("env"))

        create_env_file = d.pop("createEnvFile", UNSET)

        compose_save_environment_body = cls(
            compose_id=compose_id,
            env=env,
            create_env_file=create_env_file,
        )

        compose_save_environment_body.additional_properties = d
        return compose_save_environment_body

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
