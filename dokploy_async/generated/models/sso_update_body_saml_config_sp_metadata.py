from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="SsoUpdateBodySamlConfigSpMetadata")


@_attrs_define
class SsoUpdateBodySamlConfigSpMetadata:
    """
    Attributes:
        metadata (str | Unset):
        entity_id (str | Unset):
        binding (str | Unset):
        private_key (str | Unset):
        private_key_pass (str | Unset):
        is_assertion_encrypted (bool | Unset):
        enc_private_key (str | Unset):
        enc_private_key_pass (str | Unset):
    """

    metadata: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    binding: str | Unset = UNSET
    private_key: str | Unset = _attrs_field(default=UNSET, repr=masked)
    private_key_pass: str | Unset = _attrs_field(default=UNSET, repr=masked)
    is_assertion_encrypted: bool | Unset = UNSET
    enc_private_key: str | Unset = _attrs_field(default=UNSET, repr=masked)
    enc_private_key_pass: str | Unset = _attrs_field(default=UNSET, repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata

        entity_id = self.entity_id

        binding = self.binding

        private_key = self.private_key

        private_key_pass = self.private_key_pass

        is_assertion_encrypted = self.is_assertion_encrypted

        enc_private_key = self.enc_private_key

        enc_private_key_pass = self.enc_private_key_pass

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if entity_id is not UNSET:
            field_dict["entityID"] = entity_id
        if binding is not UNSET:
            field_dict["binding"] = binding
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = d.pop("metadata", UNSET)

        entity_id = d.pop("entityID", UNSET)

        binding = d.pop("binding", UNSET)

        private_key = d.pop("privateKey", UNSET)

        private_key_pass = d.pop("privateKeyPass", UNSET)

        is_assertion_encrypted = d.pop("isAssertionEncrypted", UNSET)

        enc_private_key = d.pop("encPrivateKey", UNSET)

        enc_private_key_pass = d.pop("encPrivateKeyPass", UNSET)

        sso_update_body_saml_config_sp_metadata = cls(
            metadata=metadata,
            entity_id=entity_id,
            binding=binding,
            private_key=private_key,
            private_key_pass=private_key_pass,
            is_assertion_encrypted=is_assertion_encrypted,
            enc_private_key=enc_private_key,
            enc_private_key_pass=enc_private_key_pass,
        )

        sso_update_body_saml_config_sp_metadata.additional_properties = d
        return sso_update_body_saml_config_sp_metadata

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
