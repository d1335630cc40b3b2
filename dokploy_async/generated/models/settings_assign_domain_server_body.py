from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settings_assign_domain_server_body_certificate_type import (
    SettingsAssignDomainServerBodyCertificateType,
    check_settings_assign_domain_server_body_certificate_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsAssignDomainServerBody")


@_attrs_define
class SettingsAssignDomainServerBody:
    """
    Attributes:
        host (str):
        certificate_type (SettingsAssignDomainServerBodyCertificateType):
        lets_encrypt_email (Literal[''] | None | str | Unset):
        https (bool | Unset):
    """

    host: str
    certificate_type: SettingsAssignDomainServerBodyCertificateType
    lets_encrypt_email: Literal[""] | None | str | Unset = UNSET
    https: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        certificate_type: str = self.certificate_type

        lets_encrypt_email: Literal[""] | None | str | Unset
        if isinstance(self.lets_encrypt_email, Unset):
            lets_encrypt_email = UNSET
        else:
            lets_encrypt_email = self.lets_encrypt_email

        https = self.https

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "certificateType": certificate_type,
            }
        )
        if lets_encrypt_email is not UNSET:
            field_dict["letsEncryptEmail"] = lets_encrypt_email
        if https is not UNSET:
            field_dict["https"] = https

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        certificate_type = check_settings_assign_domain_server_body_certificate_type(
            d.pop("certificateType")
        )

        def _parse_lets_encrypt_email(data: object) -> Literal[""] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            lets_encrypt_email_type_1 = cast(Literal[""], data)
            if lets_encrypt_email_type_1 != "":
                raise ValueError(
                    f"letsEncryptEmail_type_1 must match const '', got '{lets_encrypt_email_type_1}'"
                )
            return lets_encrypt_email_type_1
            return cast(Literal[""] | None | str | Unset, data)

        lets_encrypt_email = _parse_lets_encrypt_email(d.pop("letsEncryptEmail", UNSET))

        https = d.pop("https", UNSET)

        settings_assign_domain_server_body = cls(
            host=host,
            certificate_type=certificate_type,
            lets_encrypt_email=lets_encrypt_email,
            https=https,
        )

        settings_assign_domain_server_body.additional_properties = d
        return settings_assign_domain_server_body

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
