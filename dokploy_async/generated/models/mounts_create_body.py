from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mounts_create_body_service_type import (
    MountsCreateBodyServiceType,
    check_mounts_create_body_service_type,
)
from ..models.mounts_create_body_type import MountsCreateBodyType, check_mounts_create_body_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MountsCreateBody")


@_attrs_define
class MountsCreateBody:
    """
    Attributes:
        type_ (MountsCreateBodyType):
        mount_path (str):
        service_id (str):
        host_path (None | str | Unset):
        volume_name (None | str | Unset):
        content (None | str | Unset):
        file_path (None | str | Unset):
        service_type (MountsCreateBodyServiceType | Unset):
    """

    type_: MountsCreateBodyType
    mount_path: str
    service_id: str
    host_path: None | str | Unset = UNSET
    volume_name: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    file_path: None | str | Unset = UNSET
    service_type: MountsCreateBodyServiceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        mount_path = self.mount_path

        service_id = self.service_id

        host_path: None | str | Unset
        if isinstance(self.host_path, Unset):
            host_path = UNSET
        else:
            host_path = self.host_path

        volume_name: None | str | Unset
        if isinstance(self.volume_name, Unset):
            volume_name = UNSET
        else:
            volume_name = self.volume_name

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        file_path: None | str | Unset
        if isinstance(self.file_path, Unset):
            file_path = UNSET
        else:
            file_path = self.file_path

        service_type: str | Unset = UNSET
        if not isinstance(self.service_type, Unset):
            service_type = self.service_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "mountPath": mount_path,
                "serviceId": service_id,
            }
        )
        if host_path is not UNSET:
            field_dict["hostPath"] = host_path
        if volume_name is not UNSET:
            field_dict["volumeName"] = volume_name
        if content is not UNSET:
            field_dict["content"] = content
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if service_type is not UNSET:
            field_dict["serviceType"] = service_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_mounts_create_body_type(d.pop("type"))

        mount_path = d.pop("mountPath")

        service_id = d.pop("serviceId")

        def _parse_host_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host_path = _parse_host_path(d.pop("hostPath", UNSET))

        def _parse_volume_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_name = _parse_volume_name(d.pop("volumeName", UNSET))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_file_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_path = _parse_file_path(d.pop("filePath", UNSET))

        _service_type = d.pop("serviceType", UNSET)
        service_type: MountsCreateBodyServiceType | Unset
        if isinstance(_service_type, Unset):
            service_type = UNSET
        else:
            service_type = check_mounts_create_body_service_type(_service_type)

        mounts_create_body = cls(
            type_=type_,
            mount_path=mount_path,
            service_id=service_id,
            host_path=host_path,
            volume_name=volume_name,
            content=content,
            file_path=file_path,
            service_type=service_type,
        )

        mounts_create_body.additional_properties = d
        return mounts_create_body

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
