from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_create_body_certificate_type import (
    DomainCreateBodyCertificateType,
    check_domain_create_body_certificate_type,
)
from ..models.domain_create_body_domain_type import (
    DomainCreateBodyDomainType,
    check_domain_create_body_domain_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainCreateBody")


@_attrs_define
class DomainCreateBody:
    """
    Attributes:
        host (str):
        path (None | str | Unset):
        port (float | None | Unset):
        custom_entrypoint (None | str | Unset):
        https (bool | Unset):
        application_id (None | str | Unset):
        certificate_type (DomainCreateBodyCertificateType | Unset):
        custom_cert_resolver (None | str | Unset):
        compose_id (None | str | Unset):
        service_name (None | str | Unset):
        domain_type (DomainCreateBodyDomainType | None | Unset):
        preview_deployment_id (None | str | Unset):
        internal_path (None | str | Unset):
        strip_path (bool | Unset):
        middlewares (list[str] | None | Unset):
        forward_auth_enabled (bool | Unset):
    """

    host: str
    path: None | str | Unset = UNSET
    port: float | None | Unset = UNSET
    custom_entrypoint: None | str | Unset = UNSET
    https: bool | Unset = UNSET
    application_id: None | str | Unset = UNSET
    certificate_type: DomainCreateBodyCertificateType | Unset = UNSET
    custom_cert_resolver: None | str | Unset = UNSET
    compose_id: None | str | Unset = UNSET
    service_name: None | str | Unset = UNSET
    domain_type: DomainCreateBodyDomainType | None | Unset = UNSET
    preview_deployment_id: None | str | Unset = UNSET
    internal_path: None | str | Unset = UNSET
    strip_path: bool | Unset = UNSET
    middlewares: list[str] | None | Unset = UNSET
    forward_auth_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        port: float | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        custom_entrypoint: None | str | Unset
        if isinstance(self.custom_entrypoint, Unset):
            custom_entrypoint = UNSET
        else:
            custom_entrypoint = self.custom_entrypoint

        https = self.https

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        certificate_type: str | Unset = UNSET
        if not isinstance(self.certificate_type, Unset):
            certificate_type = self.certificate_type

        custom_cert_resolver: None | str | Unset
        if isinstance(self.custom_cert_resolver, Unset):
            custom_cert_resolver = UNSET
        else:
            custom_cert_resolver = self.custom_cert_resolver

        compose_id: None | str | Unset
        if isinstance(self.compose_id, Unset):
            compose_id = UNSET
        else:
            compose_id = self.compose_id

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        domain_type: None | str | Unset
        if isinstance(self.domain_type, Unset):
            domain_type = UNSET
        elif isinstance(self.domain_type, str):
            domain_type = self.domain_type
        else:
            domain_type = self.domain_type

        preview_deployment_id: None | str | Unset
        if isinstance(self.preview_deployment_id, Unset):
            preview_deployment_id = UNSET
        else:
            preview_deployment_id = self.preview_deployment_id

        internal_path: None | str | Unset
        if isinstance(self.internal_path, Unset):
            internal_path = UNSET
        else:
            internal_path = self.internal_path

        strip_path = self.strip_path

        middlewares: list[str] | None | Unset
        if isinstance(self.middlewares, Unset):
            middlewares = UNSET
        elif isinstance(self.middlewares, list):
            middlewares = self.middlewares

        else:
            middlewares = self.middlewares

        forward_auth_enabled = self.forward_auth_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
        if custom_entrypoint is not UNSET:
            field_dict["customEntrypoint"] = custom_entrypoint
        if https is not UNSET:
            field_dict["https"] = https
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if certificate_type is not UNSET:
            field_dict["certificateType"] = certificate_type
        if custom_cert_resolver is not UNSET:
            field_dict["customCertResolver"] = custom_cert_resolver
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if domain_type is not UNSET:
            field_dict["domainType"] = domain_type
        if preview_deployment_id is not UNSET:
            field_dict["previewDeploymentId"] = preview_deployment_id
        if internal_path is not UNSET:
            field_dict["internalPath"] = internal_path
        if strip_path is not UNSET:
            field_dict["stripPath"] = strip_path
        if middlewares is not UNSET:
            field_dict["middlewares"] = middlewares
        if forward_auth_enabled is not UNSET:
            field_dict["forwardAuthEnabled"] = forward_auth_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_port(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_custom_entrypoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_entrypoint = _parse_custom_entrypoint(d.pop("customEntrypoint", UNSET))

        https = d.pop("https", UNSET)

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("applicationId", UNSET))

        _certificate_type = d.pop("certificateType", UNSET)
        certificate_type: DomainCreateBodyCertificateType | Unset
        if isinstance(_certificate_type, Unset):
            certificate_type = UNSET
        else:
            certificate_type = check_domain_create_body_certificate_type(_certificate_type)

        def _parse_custom_cert_resolver(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_cert_resolver = _parse_custom_cert_resolver(d.pop("customCertResolver", UNSET))

        def _parse_compose_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compose_id = _parse_compose_id(d.pop("composeId", UNSET))

        def _parse_service_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_name = _parse_service_name(d.pop("serviceName", UNSET))

        def _parse_domain_type(data: object) -> DomainCreateBodyDomainType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                domain_type_domain_type = check_domain_create_body_domain_type(data)

                return domain_type_domain_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainCreateBodyDomainType | None | Unset, data)

        domain_type = _parse_domain_type(d.pop("domainType", UNSET))

        def _parse_preview_deployment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_deployment_id = _parse_preview_deployment_id(d.pop("previewDeploymentId", UNSET))

        def _parse_internal_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_path = _parse_internal_path(d.pop("internalPath", UNSET))

        strip_path = d.pop("stripPath", UNSET)

        def _parse_middlewares(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                middlewares_type_0 = cast(list[str], data)

                return middlewares_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        middlewares = _parse_middlewares(d.pop("middlewares", UNSET))

        forward_auth_enabled = d.pop("forwardAuthEnabled", UNSET)

        domain_create_body = cls(
            host=host,
            path=path,
            port=port,
            custom_entrypoint=custom_entrypoint,
            https=https,
            application_id=application_id,
            certificate_type=certificate_type,
            custom_cert_resolver=custom_cert_resolver,
            compose_id=compose_id,
            service_name=service_name,
            domain_type=domain_type,
            preview_deployment_id=preview_deployment_id,
            internal_path=internal_path,
            strip_path=strip_path,
            middlewares=middlewares,
            forward_auth_enabled=forward_auth_enabled,
        )

        domain_create_body.additional_properties = d
        return domain_create_body

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
