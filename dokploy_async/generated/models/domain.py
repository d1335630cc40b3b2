from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.domain_certificate_type import DomainCertificateType, check_domain_certificate_type
from ..models.domain_domain_type import DomainDomainType, check_domain_domain_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_summary import ApplicationSummary
    from ..models.compose_summary import ComposeSummary


T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """A record of Dokploy's `domains` table.

    Attributes:
        application (ApplicationSummary | None | Unset):
        application_id (None | str | Unset):
        certificate_type (DomainCertificateType | Unset):
        compose (ComposeSummary | None | Unset):
        compose_id (None | str | Unset):
        created_at (str | Unset):
        custom_cert_resolver (None | str | Unset):
        custom_entrypoint (None | str | Unset):
        domain_id (str | Unset):
        domain_type (DomainDomainType | None | Unset):
        enabled (bool | Unset):
        forward_auth_enabled (bool | Unset):
        host (str | Unset):
        https (bool | Unset):
        internal_path (None | str | Unset):
        middlewares (list[str] | None | Unset):
        path (None | str | Unset):
        port (int | None | Unset):
        preview_deployment_id (None | str | Unset):
        requires_redeploy (bool | Unset):
        service_name (None | str | Unset):
        strip_path (bool | Unset):
        unique_config_key (int | Unset):
    """

    application: ApplicationSummary | None | Unset = UNSET
    application_id: None | str | Unset = UNSET
    certificate_type: DomainCertificateType | Unset = UNSET
    compose: ComposeSummary | None | Unset = UNSET
    compose_id: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    custom_cert_resolver: None | str | Unset = UNSET
    custom_entrypoint: None | str | Unset = UNSET
    domain_id: str | Unset = UNSET
    domain_type: DomainDomainType | None | Unset = UNSET
    enabled: bool | Unset = UNSET
    forward_auth_enabled: bool | Unset = UNSET
    host: str | Unset = UNSET
    https: bool | Unset = UNSET
    internal_path: None | str | Unset = UNSET
    middlewares: list[str] | None | Unset = UNSET
    path: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    preview_deployment_id: None | str | Unset = UNSET
    requires_redeploy: bool | Unset = UNSET
    service_name: None | str | Unset = UNSET
    strip_path: bool | Unset = UNSET
    unique_config_key: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_summary import ApplicationSummary  # noqa: PLC0415
        from ..models.compose_summary import ComposeSummary  # noqa: PLC0415

        application: dict[str, Any] | None | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, ApplicationSummary):
            application = self.application.to_dict()
        else:
            application = self.application

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        certificate_type: str | Unset = UNSET
        if not isinstance(self.certificate_type, Unset):
            certificate_type = self.certificate_type

        compose: dict[str, Any] | None | Unset
        if isinstance(self.compose, Unset):
            compose = UNSET
        elif isinstance(self.compose, ComposeSummary):
            compose = self.compose.to_dict()
        else:
            compose = self.compose

        compose_id: None | str | Unset
        if isinstance(self.compose_id, Unset):
            compose_id = UNSET
        else:
            compose_id = self.compose_id

        created_at = self.created_at

        custom_cert_resolver: None | str | Unset
        if isinstance(self.custom_cert_resolver, Unset):
            custom_cert_resolver = UNSET
        else:
            custom_cert_resolver = self.custom_cert_resolver

        custom_entrypoint: None | str | Unset
        if isinstance(self.custom_entrypoint, Unset):
            custom_entrypoint = UNSET
        else:
            custom_entrypoint = self.custom_entrypoint

        domain_id = self.domain_id

        domain_type: None | str | Unset
        if isinstance(self.domain_type, Unset):
            domain_type = UNSET
        elif isinstance(self.domain_type, str):
            domain_type = self.domain_type
        else:
            domain_type = self.domain_type

        enabled = self.enabled

        forward_auth_enabled = self.forward_auth_enabled

        host = self.host

        https = self.https

        internal_path: None | str | Unset
        if isinstance(self.internal_path, Unset):
            internal_path = UNSET
        else:
            internal_path = self.internal_path

        middlewares: list[str] | None | Unset
        if isinstance(self.middlewares, Unset):
            middlewares = UNSET
        elif isinstance(self.middlewares, list):
            middlewares = self.middlewares

        else:
            middlewares = self.middlewares

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        preview_deployment_id: None | str | Unset
        if isinstance(self.preview_deployment_id, Unset):
            preview_deployment_id = UNSET
        else:
            preview_deployment_id = self.preview_deployment_id

        requires_redeploy = self.requires_redeploy

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        strip_path = self.strip_path

        unique_config_key = self.unique_config_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application is not UNSET:
            field_dict["application"] = application
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if certificate_type is not UNSET:
            field_dict["certificateType"] = certificate_type
        if compose is not UNSET:
            field_dict["compose"] = compose
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if custom_cert_resolver is not UNSET:
            field_dict["customCertResolver"] = custom_cert_resolver
        if custom_entrypoint is not UNSET:
            field_dict["customEntrypoint"] = custom_entrypoint
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if domain_type is not UNSET:
            field_dict["domainType"] = domain_type
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if forward_auth_enabled is not UNSET:
            field_dict["forwardAuthEnabled"] = forward_auth_enabled
        if host is not UNSET:
            field_dict["host"] = host
        if https is not UNSET:
            field_dict["https"] = https
        if internal_path is not UNSET:
            field_dict["internalPath"] = internal_path
        if middlewares is not UNSET:
            field_dict["middlewares"] = middlewares
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
        if preview_deployment_id is not UNSET:
            field_dict["previewDeploymentId"] = preview_deployment_id
        if requires_redeploy is not UNSET:
            field_dict["requiresRedeploy"] = requires_redeploy
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if strip_path is not UNSET:
            field_dict["stripPath"] = strip_path
        if unique_config_key is not UNSET:
            field_dict["uniqueConfigKey"] = unique_config_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_summary import ApplicationSummary  # noqa: PLC0415
        from ..models.compose_summary import ComposeSummary  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_application(data: object) -> ApplicationSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                application_type_0 = ApplicationSummary.from_dict(data)

                return application_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationSummary | None | Unset, data)

        application = _parse_application(d.pop("application", UNSET))

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("applicationId", UNSET))

        _certificate_type = d.pop("certificateType", UNSET)
        certificate_type: DomainCertificateType | Unset
        if isinstance(_certificate_type, Unset):
            certificate_type = UNSET
        else:
            certificate_type = check_domain_certificate_type(_certificate_type)

        def _parse_compose(data: object) -> ComposeSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compose_type_0 = ComposeSummary.from_dict(data)

                return compose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComposeSummary | None | Unset, data)

        compose = _parse_compose(d.pop("compose", UNSET))

        def _parse_compose_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compose_id = _parse_compose_id(d.pop("composeId", UNSET))

        created_at = d.pop("createdAt", UNSET)

        def _parse_custom_cert_resolver(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_cert_resolver = _parse_custom_cert_resolver(d.pop("customCertResolver", UNSET))

        def _parse_custom_entrypoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_entrypoint = _parse_custom_entrypoint(d.pop("customEntrypoint", UNSET))

        domain_id = d.pop("domainId", UNSET)

        def _parse_domain_type(data: object) -> DomainDomainType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                domain_type_domain_type = check_domain_domain_type(data)

                return domain_type_domain_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainDomainType | None | Unset, data)

        domain_type = _parse_domain_type(d.pop("domainType", UNSET))

        enabled = d.pop("enabled", UNSET)

        forward_auth_enabled = d.pop("forwardAuthEnabled", UNSET)

        host = d.pop("host", UNSET)

        https = d.pop("https", UNSET)

        def _parse_internal_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_path = _parse_internal_path(d.pop("internalPath", UNSET))

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

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_preview_deployment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_deployment_id = _parse_preview_deployment_id(d.pop("previewDeploymentId", UNSET))

        requires_redeploy = d.pop("requiresRedeploy", UNSET)

        def _parse_service_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_name = _parse_service_name(d.pop("serviceName", UNSET))

        strip_path = d.pop("stripPath", UNSET)

        unique_config_key = d.pop("uniqueConfigKey", UNSET)

        domain = cls(
            application=application,
            application_id=application_id,
            certificate_type=certificate_type,
            compose=compose,
            compose_id=compose_id,
            created_at=created_at,
            custom_cert_resolver=custom_cert_resolver,
            custom_entrypoint=custom_entrypoint,
            domain_id=domain_id,
            domain_type=domain_type,
            enabled=enabled,
            forward_auth_enabled=forward_auth_enabled,
            host=host,
            https=https,
            internal_path=internal_path,
            middlewares=middlewares,
            path=path,
            port=port,
            preview_deployment_id=preview_deployment_id,
            requires_redeploy=requires_redeploy,
            service_name=service_name,
            strip_path=strip_path,
            unique_config_key=unique_config_key,
        )

        domain.additional_properties = d
        return domain

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
