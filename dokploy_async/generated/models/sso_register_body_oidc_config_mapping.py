from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_register_body_oidc_config_mapping_extra_fields import (
        SsoRegisterBodyOidcConfigMappingExtraFields,
    )


T = TypeVar("T", bound="SsoRegisterBodyOidcConfigMapping")


@_attrs_define
class SsoRegisterBodyOidcConfigMapping:
    """
    Attributes:
        id (str):
        email (str):
        name (str):
        email_verified (str | Unset):
        image (str | Unset):
        extra_fields (SsoRegisterBodyOidcConfigMappingExtraFields | Unset):
    """

    id: str
    email: str
    name: str
    email_verified: str | Unset = UNSET
    image: str | Unset = UNSET
    extra_fields: SsoRegisterBodyOidcConfigMappingExtraFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        email_verified = self.email_verified

        image = self.image

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
        if image is not UNSET:
            field_dict["image"] = image
        if extra_fields is not UNSET:
            field_dict["extraFields"] = extra_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sso_register_body_oidc_config_mapping_extra_fields import (
            SsoRegisterBodyOidcConfigMappingExtraFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        name = d.pop("name")

        email_verified = d.pop("emailVerified", UNSET)

        image = d.pop("image", UNSET)

        _extra_fields = d.pop("extraFields", UNSET)
        extra_fields: SsoRegisterBodyOidcConfigMappingExtraFields | Unset
        if isinstance(_extra_fields, Unset):
            extra_fields = UNSET
        else:
            extra_fields = SsoRegisterBodyOidcConfigMappingExtraFields.from_dict(_extra_fields)

        sso_register_body_oidc_config_mapping = cls(
            id=id,
            email=email,
            name=name,
            email_verified=email_verified,
            image=image,
            extra_fields=extra_fields,
        )

        sso_register_body_oidc_config_mapping.additional_properties = d
        return sso_register_body_oidc_config_mapping

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
