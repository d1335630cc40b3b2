from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forward_auth_server_status_item_certificate_type import (
    ForwardAuthServerStatusItemCertificateType,
    check_forward_auth_server_status_item_certificate_type,
)
from ..models.forward_auth_server_status_item_status import (
    ForwardAuthServerStatusItemStatus,
    check_forward_auth_server_status_item_status,
)

T = TypeVar("T", bound="ForwardAuthServerStatusItem")


@_attrs_define
class ForwardAuthServerStatusItem:
    """
    Attributes:
        auth_domain (None | str):
        callback_url (None | str):
        certificate_type (ForwardAuthServerStatusItemCertificateType):
        custom_cert_resolver (None | str):
        https (bool):
        ip_address (None | str):
        name (str):
        server_id (None | str):
        status (ForwardAuthServerStatusItemStatus):
    """

    auth_domain: None | str
    callback_url: None | str
    certificate_type: ForwardAuthServerStatusItemCertificateType
    custom_cert_resolver: None | str
    https: bool
    ip_address: None | str
    name: str
    server_id: None | str
    status: ForwardAuthServerStatusItemStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_domain: None | str
        auth_domain = self.auth_domain

        callback_url: None | str
        callback_url = self.callback_url

        certificate_type: str = self.certificate_type

        custom_cert_resolver: None | str
        custom_cert_resolver = self.custom_cert_resolver

        https = self.https

        ip_address: None | str
        ip_address = self.ip_address

        name = self.name

        server_id: None | str
        server_id = self.server_id

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authDomain": auth_domain,
                "callbackUrl": callback_url,
                "certificateType": certificate_type,
                "customCertResolver": custom_cert_resolver,
                "https": https,
                "ipAddress": ip_address,
                "name": name,
                "serverId": server_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_auth_domain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        auth_domain = _parse_auth_domain(d.pop("authDomain"))

        def _parse_callback_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        callback_url = _parse_callback_url(d.pop("callbackUrl"))

        certificate_type = check_forward_auth_server_status_item_certificate_type(
            d.pop("certificateType")
        )

        def _parse_custom_cert_resolver(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_cert_resolver = _parse_custom_cert_resolver(d.pop("customCertResolver"))

        https = d.pop("https")

        def _parse_ip_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ip_address = _parse_ip_address(d.pop("ipAddress"))

        name = d.pop("name")

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        status = check_forward_auth_server_status_item_status(d.pop("status"))

        forward_auth_server_status_item = cls(
            auth_domain=auth_domain,
            callback_url=callback_url,
            certificate_type=certificate_type,
            custom_cert_resolver=custom_cert_resolver,
            https=https,
            ip_address=ip_address,
            name=name,
            server_id=server_id,
            status=status,
        )

        forward_auth_server_status_item.additional_properties = d
        return forward_auth_server_status_item

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
