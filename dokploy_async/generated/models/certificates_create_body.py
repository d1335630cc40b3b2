from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="CertificatesCreateBody")


@_attrs_define
class CertificatesCreateBody:
    """
    Attributes:
        name (str):
        certificate_data (str):
        private_key (str):
        organization_id (str):
        certificate_id (str | Unset):
        certificate_path (str | Unset):
        auto_renew (bool | None | Unset):
        server_id (None | str | Unset):
    """

    name: str
    certificate_data: str
    private_key: str = _attrs_field(repr=masked)
    organization_id: str
    certificate_id: str | Unset = UNSET
    certificate_path: str | Unset = UNSET
    auto_renew: bool | None | Unset = UNSET
    server_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        certificate_data = self.certificate_data

        private_key = self.private_key

        organization_id = self.organization_id

        certificate_id = self.certificate_id

        certificate_path = self.certificate_path

        auto_renew: bool | None | Unset
        if isinstance(self.auto_renew, Unset):
            auto_renew = UNSET
        else:
            auto_renew = self.auto_renew

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "certificateData": certificate_data,
                "privateKey": private_key,
                "organizationId": organization_id,
            }
        )
        if certificate_id is not UNSET:
            field_dict["certificateId"] = certificate_id
        if certificate_path is not UNSET:
            field_dict["certificatePath"] = certificate_path
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        certificate_data = d.pop("certificateData")

        private_key = d.pop("privateKey")

        organization_id = d.pop("organizationId")

        certificate_id = d.pop("certificateId", UNSET)

        certificate_path = d.pop("certificatePath", UNSET)

        def _parse_auto_renew(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_renew = _parse_auto_renew(d.pop("autoRenew", UNSET))

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        certificates_create_body = cls(
            name=name,
            certificate_data=certificate_data,
            private_key=private_key,
            organization_id=organization_id,
            certificate_id=certificate_id,
            certificate_path=certificate_path,
            auto_renew=auto_renew,
            server_id=server_id,
        )

        certificates_create_body.additional_properties = d
        return certificates_create_body

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
