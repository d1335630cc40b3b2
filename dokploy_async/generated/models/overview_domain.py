from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.overview_domain_certificate_type import (
    OverviewDomainCertificateType,
    check_overview_domain_certificate_type,
)
from ..models.overview_domain_domain_type import (
    OverviewDomainDomainType,
    check_overview_domain_domain_type,
)
from ..models.overview_domain_service_owner_type import (
    OverviewDomainServiceOwnerType,
    check_overview_domain_service_owner_type,
)

T = TypeVar("T", bound="OverviewDomain")


@_attrs_define
class OverviewDomain:
    """
    Attributes:
        certificate_type (OverviewDomainCertificateType):
        created_at (str):
        custom_entrypoint (None | str):
        domain_id (str):
        domain_type (None | OverviewDomainDomainType):
        enabled (bool):
        environment_id (str):
        environment_name (str):
        host (str):
        https (bool):
        path (None | str):
        port (float | None):
        project_id (str):
        project_name (str):
        service_name (str):
        service_owner_id (str):
        service_owner_type (OverviewDomainServiceOwnerType):
    """

    certificate_type: OverviewDomainCertificateType
    created_at: str
    custom_entrypoint: None | str
    domain_id: str
    domain_type: None | OverviewDomainDomainType
    enabled: bool
    environment_id: str
    environment_name: str
    host: str
    https: bool
    path: None | str
    port: float | None
    project_id: str
    project_name: str
    service_name: str
    service_owner_id: str
    service_owner_type: OverviewDomainServiceOwnerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate_type: str = self.certificate_type

        created_at = self.created_at

        custom_entrypoint: None | str
        custom_entrypoint = self.custom_entrypoint

        domain_id = self.domain_id

        domain_type: None | str
        if isinstance(self.domain_type, str):
            domain_type = self.domain_type
        else:
            domain_type = self.domain_type

        enabled = self.enabled

        environment_id = self.environment_id

        environment_name = self.environment_name

        host = self.host

        https = self.https

        path: None | str
        path = self.path

        port: float | None
        port = self.port

        project_id = self.project_id

        project_name = self.project_name

        service_name = self.service_name

        service_owner_id = self.service_owner_id

        service_owner_type: str = self.service_owner_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificateType": certificate_type,
                "createdAt": created_at,
                "customEntrypoint": custom_entrypoint,
                "domainId": domain_id,
                "domainType": domain_type,
                "enabled": enabled,
                "environmentId": environment_id,
                "environmentName": environment_name,
                "host": host,
                "https": https,
                "path": path,
                "port": port,
                "projectId": project_id,
                "projectName": project_name,
                "serviceName": service_name,
                "serviceOwnerId": service_owner_id,
                "serviceOwnerType": service_owner_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate_type = check_overview_domain_certificate_type(d.pop("certificateType"))

        created_at = d.pop("createdAt")

        def _parse_custom_entrypoint(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_entrypoint = _parse_custom_entrypoint(d.pop("customEntrypoint"))

        domain_id = d.pop("domainId")

        def _parse_domain_type(data: object) -> None | OverviewDomainDomainType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                domain_type_domain_type = check_overview_domain_domain_type(data)

                return domain_type_domain_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OverviewDomainDomainType, data)

        domain_type = _parse_domain_type(d.pop("domainType"))

        enabled = d.pop("enabled")

        environment_id = d.pop("environmentId")

        environment_name = d.pop("environmentName")

        host = d.pop("host")

        https = d.pop("https")

        def _parse_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        path = _parse_path(d.pop("path"))

        def _parse_port(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        port = _parse_port(d.pop("port"))

        project_id = d.pop("projectId")

        project_name = d.pop("projectName")

        service_name = d.pop("serviceName")

        service_owner_id = d.pop("serviceOwnerId")

        service_owner_type = check_overview_domain_service_owner_type(d.pop("serviceOwnerType"))

        overview_domain = cls(
            certificate_type=certificate_type,
            created_at=created_at,
            custom_entrypoint=custom_entrypoint,
            domain_id=domain_id,
            domain_type=domain_type,
            enabled=enabled,
            environment_id=environment_id,
            environment_name=environment_name,
            host=host,
            https=https,
            path=path,
            port=port,
            project_id=project_id,
            project_name=project_name,
            service_name=service_name,
            service_owner_id=service_owner_id,
            service_owner_type=service_owner_type,
        )

        overview_domain.additional_properties = d
        return overview_domain

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
