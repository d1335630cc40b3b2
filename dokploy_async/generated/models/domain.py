from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application import Application
    from ..models.compose import Compose


T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """A domain routed to an application or a compose service.

    Attributes:
        domain_id (str | Unset):
        host (str | Unset):
        https (bool | Unset):
        port (int | None | Unset):
        custom_entrypoint (None | str | Unset):
        path (None | str | Unset):
        service_name (None | str | Unset):
        domain_type (None | str | Unset): one of: compose, application, preview (others may appear)
        unique_config_key (int | Unset):
        created_at (str | Unset):
        compose_id (None | str | Unset):
        custom_cert_resolver (None | str | Unset):
        application_id (None | str | Unset):
        preview_deployment_id (None | str | Unset):
        certificate_type (str | Unset): one of: letsencrypt, none, custom (others may appear)
        internal_path (None | str | Unset):
        strip_path (bool | Unset):
        middlewares (list[str] | None | Unset):
        forward_auth_enabled (bool | Unset):
        enabled (bool | Unset):
        application (Application | None | Unset):
        compose (Compose | None | Unset):
    """

    domain_id: str | Unset = UNSET
    host: str | Unset = UNSET
    https: bool | Unset = UNSET
    port: int | None | Unset = UNSET
    custom_entrypoint: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    service_name: None | str | Unset = UNSET
    domain_type: None | str | Unset = UNSET
    unique_config_key: int | Unset = UNSET
    created_at: str | Unset = UNSET
    compose_id: None | str | Unset = UNSET
    custom_cert_resolver: None | str | Unset = UNSET
    application_id: None | str | Unset = UNSET
    preview_deployment_id: None | str | Unset = UNSET
    certificate_type: str | Unset = UNSET
    internal_path: None | str | Unset = UNSET
    strip_path: bool | Unset = UNSET
    middlewares: list[str] | None | Unset = UNSET
    forward_auth_enabled: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    application: Application | None | Unset = UNSET
    compose: Compose | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application import Application  # noqa: PLC0415
        from ..models.compose import Compose  # noqa: PLC0415

        domain_id = self.domain_id

        host = self.host

        https = self.https

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        custom_entrypoint: None | str | Unset
        if isinstance(self.custom_entrypoint, Unset):
            custom_entrypoint = UNSET
        else:
            custom_entrypoint = self.custom_entrypoint

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        domain_type: None | str | Unset
        if isinstance(self.domain_type, Unset):
            domain_type = UNSET
        else:
            domain_type = self.domain_type

        unique_config_key = self.unique_config_key

        created_at = self.created_at

        compose_id: None | str | Unset
        if isinstance(self.compose_id, Unset):
            compose_id = UNSET
        else:
            compose_id = self.compose_id

        custom_cert_resolver: None | str | Unset
        if isinstance(self.custom_cert_resolver, Unset):
            custom_cert_resolver = UNSET
        else:
            custom_cert_resolver = self.custom_cert_resolver

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        preview_deployment_id: None | str | Unset
        if isinstance(self.preview_deployment_id, Unset):
            preview_deployment_id = UNSET
        else:
            preview_deployment_id = self.preview_deployment_id

        certificate_type = self.certificate_type

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

        enabled = self.enabled

        application: dict[str, Any] | None | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, Application):
            application = self.application.to_dict()
        else:
            application = self.application

        compose: dict[str, Any] | None | Unset
        if isinstance(self.compose, Unset):
            compose = UNSET
        elif isinstance(self.compose, Compose):
            compose = self.compose.to_dict()
        else:
            compose = self.compose

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if host is not UNSET:
            field_dict["host"] = host
        if https is not UNSET:
            field_dict["https"] = https
        if port is not UNSET:
            field_dict["port"] = port
        if custom_entrypoint is not UNSET:
            field_dict["customEntrypoint"] = custom_entrypoint
        if path is not UNSET:
            field_dict["path"] = path
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if domain_type is not UNSET:
            field_dict["domainType"] = domain_type
        if unique_config_key is not UNSET:
            field_dict["uniqueConfigKey"] = unique_config_key
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id
        if custom_cert_resolver is not UNSET:
            field_dict["customCertResolver"] = custom_cert_resolver
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if preview_deployment_id is not UNSET:
            field_dict["previewDeploymentId"] = preview_deployment_id
        if certificate_type is not UNSET:
            field_dict["certificateType"] = certificate_type
        if internal_path is not UNSET:
            field_dict["internalPath"] = internal_path
        if strip_path is not UNSET:
            field_dict["stripPath"] = strip_path
        if middlewares is not UNSET:
            field_dict["middlewares"] = middlewares
        if forward_auth_enabled is not UNSET:
            field_dict["forwardAuthEnabled"] = forward_auth_enabled
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if application is not UNSET:
            field_dict["application"] = application
        if compose is not UNSET:
            field_dict["compose"] = compose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application import Application  # noqa: PLC0415
        from ..models.compose import Compose  # noqa: PLC0415

        d = dict(src_dict)
        domain_id = d.pop("domainId", UNSET)

        host = d.pop("host", UNSET)

        https = d.pop("https", UNSET)

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_custom_entrypoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_entrypoint = _parse_custom_entrypoint(d.pop("customEntrypoint", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_service_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_name = _parse_service_name(d.pop("serviceName", UNSET))

        def _parse_domain_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain_type = _parse_domain_type(d.pop("domainType", UNSET))

        unique_config_key = d.pop("uniqueConfigKey", UNSET)

        created_at = d.pop("createdAt", UNSET)

        def _parse_compose_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compose_id = _parse_compose_id(d.pop("composeId", UNSET))

        def _parse_custom_cert_resolver(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_cert_resolver = _parse_custom_cert_resolver(d.pop("customCertResolver", UNSET))

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("applicationId", UNSET))

        def _parse_preview_deployment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_deployment_id = _parse_preview_deployment_id(d.pop("previewDeploymentId", UNSET))

        certificate_type = d.pop("certificateType", UNSET)

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

        enabled = d.pop("enabled", UNSET)

        def _parse_application(data: object) -> Application | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                application_type_0 = Application.from_dict(data)

                return application_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Application | None | Unset, data)

        application = _parse_application(d.pop("application", UNSET))

        def _parse_compose(data: object) -> Compose | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compose_type_0 = Compose.from_dict(data)

                return compose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Compose | None | Unset, data)

        compose = _parse_compose(d.pop("compose", UNSET))

        domain = cls(
            domain_id=domain_id,
            host=host,
            https=https,
            port=port,
            custom_entrypoint=custom_entrypoint,
            path=path,
            service_name=service_name,
            domain_type=domain_type,
            unique_config_key=unique_config_key,
            created_at=created_at,
            compose_id=compose_id,
            custom_cert_resolver=custom_cert_resolver,
            application_id=application_id,
            preview_deployment_id=preview_deployment_id,
            certificate_type=certificate_type,
            internal_path=internal_path,
            strip_path=strip_path,
            middlewares=middlewares,
            forward_auth_enabled=forward_auth_enabled,
            enabled=enabled,
            application=application,
            compose=compose,
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
