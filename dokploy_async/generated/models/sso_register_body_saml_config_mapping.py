from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_register_body_saml_config_mapping_extra_fields import (
        SsoRegisterBodySamlConfigMappingExtraFields,
    )


T = TypeVar("T", bound="SsoRegisterBodySamlConfigMapping")


@_attrs_define
class SsoRegisterBodySamlConfigMapping:
    """
    Attributes:
        id (str):
        email (str):
        name (str):
        email_verified (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        extra_fields (SsoRegisterBodySamlConfigMappingExtraFields | Unset):
    """

    id: str
    email: str
    name: str
    email_verified: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    extra_fields: SsoRegisterBodySamlConfigMappingExtraFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        email_verified = self.email_verified

        first_name = self.first_name

        last_name = self.last_name

        extra_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_fields, Unset):
            extra_fields = self.extra_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
            }
        )
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if extra_fields is not UNSET:
            field_dict["extraFields"] = extra_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sso_register_body_saml_config_mapping_extra_fields import (
            SsoRegisterBodySamlConfigMappingExtraFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        name = d.pop("name")

        email_verified = d.pop("emailVerified", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        _extra_fields = d.pop("extraFields", UNSET)
        extra_fields: SsoRegisterBodySamlConfigMappingExtraFields | Unset
        if isinstance(_extra_fields, Unset):
            extra_fields = UNSET
        else:
            extra_fields = SsoRegisterBodySamlConfigMappingExtraFields.from_dict(_extra_fields)

        sso_register_body_saml_config_mapping = cls(
            id=id,
            email=email,
            name=name,
            email_verified=email_verified,
            first_name=first_name,
            last_name=last_name,
            extra_fields=extra_fields,
        )

        sso_register_body_saml_config_mapping.additional_properties = d
        return sso_register_body_saml_config_mapping

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
