from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.sso_update_body_saml_config_additional_params import (
        SsoUpdateBodySamlConfigAdditionalParams,
    )
    from ..models.sso_update_body_saml_config_idp_metadata import SsoUpdateBodySamlConfigIdpMetadata
    from ..models.sso_update_body_saml_config_mapping import SsoUpdateBodySamlConfigMapping
    from ..models.sso_update_body_saml_config_sp_metadata import SsoUpdateBodySamlConfigSpMetadata


T = TypeVar("T", bound="SsoUpdateBodySamlConfig")


@_attrs_define
class SsoUpdateBodySamlConfig:
    """
    Attributes:
        entry_point (str):
        cert (str):
        callback_url (str):
        sp_metadata (SsoUpdateBodySamlConfigSpMetadata):
        audience (str | Unset):
        idp_metadata (SsoUpdateBodySamlConfigIdpMetadata | Unset):
        want_assertions_signed (bool | Unset):
        authn_requests_signed (bool | Unset):
        signature_algorithm (str | Unset):
        digest_algorithm (str | Unset):
        identifier_format (str | Unset):
        private_key (str | Unset):
        decryption_pvk (str | Unset):
        additional_params (SsoUpdateBodySamlConfigAdditionalParams | Unset):
        mapping (SsoUpdateBodySamlConfigMapping | Unset):
    """

    entry_point: str
    cert: str
    callback_url: str
    sp_metadata: SsoUpdateBodySamlConfigSpMetadata
    audience: str | Unset = UNSET
    idp_metadata: SsoUpdateBodySamlConfigIdpMetadata | Unset = UNSET
    want_assertions_signed: bool | Unset = UNSET
    authn_requests_signed: bool | Unset = UNSET
    signature_algorithm: str | Unset = UNSET
    digest_algorithm: str | Unset = UNSET
    identifier_format: str | Unset = UNSET
    private_key: str | Unset = _attrs_field(default=UNSET, repr=masked)
    decryption_pvk: str | Unset = UNSET
    additional_params: SsoUpdateBodySamlConfigAdditionalParams | Unset = UNSET
    mapping: SsoUpdateBodySamlConfigMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry_point = self.entry_point

        cert = self.cert

        callback_url = self.callback_url

        sp_metadata = self.sp_metadata.to_dict()

        audience = self.audience

        idp_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.idp_metadata, Unset):
            idp_metadata = self.idp_metadata.to_dict()

        want_assertions_signed = self.want_assertions_signed

        authn_requests_signed = self.authn_requests_signed

        signature_algorithm = self.signature_algorithm

        digest_algorithm = self.digest_algorithm

        identifier_format = self.identifier_format

        private_key = self.private_key

        decryption_pvk = self.decryption_pvk

        additional_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_params, Unset):
            additional_params = self.additional_params.to_dict()

        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entryPoint": entry_point,
                "cert": cert,
                "callbackUrl": callback_url,
                "spMetadata": sp_metadata,
            }
        )
        if audience is not UNSET:
            field_dict["audience"] = audience
        if idp_metadata is not UNSET:
            field_dict["idpMetadata"] = idp_metadata
        if want_assertions_signed is not UNSET:
            field_dict["wantAssertionsSigned"] = want_assertions_signed
        if authn_requests_signed is not UNSET:
            field_dict["authnRequestsSigned"] = authn_requests_signed
        if signature_algorithm is not UNSET:
            field_dict["signatureAlgorithm"] = signature_algorithm
        if digest_algorithm is not UNSET:
            field_dict["digestAlgorithm"] = digest_algorithm
        if identifier_format is not UNSET:
            field_dict["identifierFormat"] = identifier_format
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key
        if decryption_pvk is not UNSET:
            field_dict["decryptionPvk"] = decryption_pvk
        if additional_params is not UNSET:
            field_dict["additionalParams"] = additional_params
        if mapping is not UNSET:
            field_dict["mapping"] = mapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sso_update_body_saml_config_additional_params import (
            SsoUpdateBodySamlConfigAdditionalParams,  # noqa: PLC0415
        )
        from ..models.sso_update_body_saml_config_idp_metadata import (
            SsoUpdateBodySamlConfigIdpMetadata,  # noqa: PLC0415
        )
        from ..models.sso_update_body_saml_config_mapping import SsoUpdateBodySamlConfigMapping  # noqa: PLC0415
        from ..models.sso_update_body_saml_config_sp_metadata import (
            SsoUpdateBodySamlConfigSpMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        entry_point = d.pop("entryPoint")

        cert = d.pop("cert")

        callback_url = d.pop("callbackUrl")

        sp_metadata = SsoUpdateBodySamlConfigSpMetadata.from_dict(d.pop("spMetadata"))

        audience = d.pop("audience", UNSET)

        _idp_metadata = d.pop("idpMetadata", UNSET)
        idp_metadata: SsoUpdateBodySamlConfigIdpMetadata | Unset
        if isinstance(_idp_metadata, Unset):
            idp_metadata = UNSET
        else:
            idp_metadata = SsoUpdateBodySamlConfigIdpMetadata.from_dict(_idp_metadata)

        want_assertions_signed = d.pop("wantAssertionsSigned", UNSET)

        authn_requests_signed = d.pop("authnRequestsSigned", UNSET)

        signature_algorithm = d.pop("signatureAlgorithm", UNSET)

        digest_algorithm = d.pop("digestAlgorithm", UNSET)

        identifier_format = d.pop("identifierFormat", UNSET)

        private_key = d.pop("privateKey", UNSET)

        decryption_pvk = d.pop("decryptionPvk", UNSET)

        _additional_params = d.pop("additionalParams", UNSET)
        additional_params: SsoUpdateBodySamlConfigAdditionalParams | Unset
        if isinstance(_additional_params, Unset):
            additional_params = UNSET
        else:
            additional_params = SsoUpdateBodySamlConfigAdditionalParams.from_dict(
                _additional_params
            )

        _mapping = d.pop("mapping", UNSET)
        mapping: SsoUpdateBodySamlConfigMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = SsoUpdateBodySamlConfigMapping.from_dict(_mapping)

        sso_update_body_saml_config = cls(
            entry_point=entry_point,
            cert=cert,
            callback_url=callback_url,
            sp_metadata=sp_metadata,
            audience=audience,
            idp_metadata=idp_metadata,
            want_assertions_signed=want_assertions_signed,
            authn_requests_signed=authn_requests_signed,
            signature_algorithm=signature_algorithm,
            digest_algorithm=digest_algorithm,
            identifier_format=identifier_format,
            private_key=private_key,
            decryption_pvk=decryption_pvk,
            additional_params=additional_params,
            mapping=mapping,
        )

        sso_update_body_saml_config.additional_properties = d
        return sso_update_body_saml_config

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
