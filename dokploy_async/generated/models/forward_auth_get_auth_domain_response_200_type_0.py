from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forward_auth_get_auth_domain_response_200_type_0_certificate_type import (
    ForwardAuthGetAuthDomainResponse200Type0CertificateType,
    check_forward_auth_get_auth_domain_response_200_type_0_certificate_type,
)

T = TypeVar("T", bound="ForwardAuthGetAuthDomainResponse200Type0")


@_attrs_define
class ForwardAuthGetAuthDomainResponse200Type0:
    """
    Attributes:
        callback_url (str):
        certificate_type (ForwardAuthGetAuthDomainResponse200Type0CertificateType):
        custom_cert_resolver (None | str):
        host (str):
        https (bool):
    """

    callback_url: str
    certificate_type: ForwardAuthGetAuthDomainResponse200Type0CertificateType
    custom_cert_resolver: None | str
    host: str
    https: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        certificate_type: str = self.certificate_type

        custom_cert_resolver: None | str
        custom_cert_resolver = self.custom_cert_resolver

        host = self.host

        https = self.https

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callbackUrl": callback_url,
                "certificateType": certificate_type,
                "customCertResolver": custom_cert_resolver,
                "host": host,
                "https": https,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callback_url = d.pop("callbackUrl")

        certificate_type = check_forward_auth_get_auth_domain_response_200_type_0_certificate_type(
            d.pop("certificateType")
        )

        def _parse_custom_cert_resolver(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_cert_resolver = _parse_custom_cert_resolver(d.pop("customCertResolver"))

        host = d.pop("host")

        https = d.pop("https")

        forward_auth_get_auth_domain_response_200_type_0 = cls(
            callback_url=callback_url,
            certificate_type=certificate_type,
            custom_cert_resolver=custom_cert_resolver,
            host=host,
            https=https,
        )

        forward_auth_get_auth_domain_response_200_type_0.additional_properties = d
        return forward_auth_get_auth_domain_response_200_type_0

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
