from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.sso_update_body_saml_config_idp_metadata_single_sign_on_service_item import (
        SsoUpdateBodySamlConfigIdpMetadataSingleSignOnServiceItem,
    )


T = TypeVar("T", bound="SsoUpdateBodySamlConfigIdpMetadata")


@_attrs_define
class SsoUpdateBodySamlConfigIdpMetadata:
    """
    Attributes:
        metadata (str | Unset):
        entity_id (str | Unset):
        cert (str | Unset):
        private_key (str | Unset):
        private_key_pass (str | Unset):
        is_assertion_encrypted (bool | Unset):
        enc_private_key (str | Unset):
        enc_private_key_pass (str | Unset):
        single_sign_on_service (list[SsoUpdateBodySamlConfigIdpMetadataSingleSignOnServiceItem] | Unset):
    """

    metadata: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    cert: str | Unset = UNSET
    private_key: str | Unset = _attrs_field(default=UNSET, repr=masked)
    private_key_pass: str | Unset = _attrs_field(default=UNSET, repr=masked)
    is_assertion_encrypted: bool | Unset = UNSET
    enc_private_key: str | Unset = _attrs_field(default=UNSET, repr=masked)
    enc_private_key_pass: str | Unset = _attrs_field(default=UNSET, repr=masked)
    single_sign_on_service: (
        list[SsoUpdateBodySamlConfigIdpMetadataSingleSignOnServiceItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata

        entity_id = self.entity_id

        cert = self.cert

        private_key = self.private_key

        private_key_pass = self.private_key_pass

        is_assertion_encrypted = self.is_assertion_encrypted

        enc_private_key = self.enc_private_key

        enc_private_key_pass = self.enc_private_key_pass

        single_sign_on_service: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.single_sign_on_service, Unset):
            single_sign_on_service = []
            for single_sign_on_service_item_data in self.single_sign_on_service:
                single_sign_on_service_item = single_sign_on_service_item_data.to_dict()
                single_sign_on_service.append(single_sign_on_service_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if entity_id is not UNSET:
            field_dict["entityID"] = entity_id
        if cert is not UNSET:
            field_dict["cert"] = cert
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key
        if private_key_pass is not UNSET:
            field_dict["privateKeyPass"] = private_key_pass
        if is_assertion_encrypted is not UNSET:
            field_dict["isAssertionEncrypted"] = is_assertion_encrypted
        if enc_private_key is not UNSET:
            field_dict["encPrivateKey"] = enc_private_key
        if enc_private_key_pass is not UNSET:
            field_dict["encPrivateKeyPass"] = enc_private_key_pass
        if single_sign_on_service is not UNSET:
            field_dict["singleSignOnService"] = single_sign_on_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sso_update_body_saml_config_idp_metadata_single_sign_on_service_item import (
            SsoUpdateBodySamlConfigIdpMetadataSingleSignOnServiceItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        metadata = d.pop("metadata", UNSET)

        entity_id = d.pop("entityID", UNSET)

        cert = d.pop("cert", UNSET)

        private_key = d.pop("privateKey", UNSET)

        private_key_pass = d.pop("privateKeyPass", UNSET)

        is_assertion_encrypted = d.pop("isAssertionEncrypted", UNSET)

        enc_private_key = d.pop("encPrivateKey", UNSET)

        enc_private_key_pass = d.pop("encPrivateKeyPass", UNSET)

        _single_sign_on_service = d.pop("singleSignOnService", UNSET)
        single_sign_on_service: (
            list[SsoUpdateBodySamlConfigIdpMetadataSingleSignOnServiceItem] | Unset
        ) = UNSET
        if _single_sign_on_service is not UNSET:
            single_sign_on_service = []
            for single_sign_on_service_item_data in _single_sign_on_service:
                single_sign_on_service_item = (
                    SsoUpdateBodySamlConfigIdpMetadataSingleSignOnServiceItem.from_dict(
                        single_sign_on_service_item_data
                    )
                )

                single_sign_on_service.append(single_sign_on_service_item)

        sso_update_body_saml_config_idp_metadata = cls(
            metadata=metadata,
            entity_id=entity_id,
            cert=cert,
            private_key=private_key,
            private_key_pass=private_key_pass,
            is_assertion_encrypted=is_assertion_encrypted,
            enc_private_key=enc_private_key,
            enc_private_key_pass=enc_private_key_pass,
            single_sign_on_service=single_sign_on_service,
        )

        sso_update_body_saml_config_idp_metadata.additional_properties = d
        return sso_update_body_saml_config_idp_metadata

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
