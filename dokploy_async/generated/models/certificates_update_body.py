from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="CertificatesUpdateBody")


@_attrs_define
class CertificatesUpdateBody:
    """
    Attributes:
        certificate_id (str):
        name (str | Unset):
        certificate_data (str | Unset):
        private_key (str | Unset):
    """

    certificate_id: str
    name: str | Unset = UNSET
    certificate_data: str | Unset = UNSET
    private_key: str | Unset = _attrs_field(default=UNSET, repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate_id = self.certificate_id

        name = self.name

        certificate_data = self.certificate_data

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificateId": certificate_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if certificate_data is not UNSET:
            field_dict["certificateData"] = certificate_data
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate_id = d.pop("certificateId")

        name = d.pop("name", UNSET)

        certificate_data = d.pop("certificateData", UNSET)

        private_key = d.pop("privateKey", UNSET)

        certificates_update_body = cls(
            certificate_id=certificate_id,
            name=name,
            certificate_data=certificate_data,
            private_key=private_key,
        )

        certificates_update_body.additional_properties = d
        return certificates_update_body

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
