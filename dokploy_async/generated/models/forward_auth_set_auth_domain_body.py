from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forward_auth_set_auth_domain_body_certificate_type import (
    ForwardAuthSetAuthDomainBodyCertificateType,
    check_forward_auth_set_auth_domain_body_certificate_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ForwardAuthSetAuthDomainBody")


@_attrs_define
class ForwardAuthSetAuthDomainBody:
    """
    Attributes:
        server_id (None | str):
        auth_domain (str):
        https (bool | Unset):
        certificate_type (ForwardAuthSetAuthDomainBodyCertificateType | Unset):
        custom_cert_resolver (str | Unset):
    """

    server_id: None | str
    auth_domain: str
    https: bool | Unset = UNSET
    certificate_type: ForwardAuthSetAuthDomainBodyCertificateType | Unset = UNSET
    custom_cert_resolver: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_id: None | str
        server_id = self.server_id

        auth_domain = self.auth_domain

        https = self.https

        certificate_type: str | Unset = UNSET
        if not isinstance(self.certificate_type, Unset):
            certificate_type = self.certificate_type

        custom_cert_resolver = self.custom_cert_resolver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serverId": server_id,
                "authDomain": auth_domain,
            }
        )
        if https is not UNSET:
            field_dict["https"] = https
        if certificate_type is not UNSET:
            field_dict["certificateType"] = certificate_type
        if custom_cert_resolver is not UNSET:
            field_dict["customCertResolver"] = custom_cert_resolver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        auth_domain = d.pop("authDomain")

        https = d.pop("https", UNSET)

        _certificate_type = d.pop("certificateType", UNSET)
        certificate_type: ForwardAuthSetAuthDomainBodyCertificateType | Unset
        if isinstance(_certificate_type, Unset):
            certificate_type = UNSET
        else:
            certificate_type = check_forward_auth_set_auth_domain_body_certificate_type(
                _certificate_type
            )

        custom_cert_resolver = d.pop("customCertResolver", UNSET)

        forward_auth_set_auth_domain_body = cls(
            server_id=server_id,
            auth_domain=auth_domain,
            https=https,
            certificate_type=certificate_type,
            custom_cert_resolver=custom_cert_resolver,
        )

        forward_auth_set_auth_domain_body.additional_properties = d
        return forward_auth_set_auth_domain_body

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
