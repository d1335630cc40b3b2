from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ApplicationDropDeploymentBody")


@_attrs_define
class ApplicationDropDeploymentBody:
    """
    Attributes:
        application_id (str):
        zip_ (File):
        drop_build_path (str | Unset):
    """

    application_id: str
    zip_: File
    drop_build_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        zip_ = self.zip_.to_tuple()

        drop_build_path = self.drop_build_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "zip": zip_,
            }
        )
        if drop_build_path is not UNSET:
            field_dict["dropBuildPath"] = drop_build_path

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("applicationId", (None, str(self.application_id).encode(), "text/plain")))

        files.append(("zip", self.zip_.to_tuple()))

        if not isinstance(self.drop_build_path, Unset):
            files.append(
                ("dropBuildPath", (None, str(self.drop_build_path).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("applicationId")

        zip_ = File(payload=BytesIO(d.pop("zip")))

        drop_build_path = d.pop("dropBuildPath", UNSET)

        application_drop_deployment_body = cls(
            application_id=application_id,
            zip_=zip_,
            drop_build_path=drop_build_path,
        )

        application_drop_deployment_body.additional_properties = d
        return application_drop_deployment_body

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
