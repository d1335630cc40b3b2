from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_server_settings_certificate_type import (
    WebServerSettingsCertificateType,
    check_web_server_settings_certificate_type,
)
from ..types import masked

if TYPE_CHECKING:
    from ..models.web_server_settings_metrics_config import WebServerSettingsMetricsConfig
    from ..models.web_server_settings_whitelabeling_config_type_0 import (
        WebServerSettingsWhitelabelingConfigType0,
    )


T = TypeVar("T", bound="WebServerSettings")


@_attrs_define
class WebServerSettings:
    """A record of Dokploy's `webServerSettings` table.

    Attributes:
        builds_concurrency (int):
        certificate_type (WebServerSettingsCertificateType):
        cleanup_cache_applications (bool):
        cleanup_cache_on_compose (bool):
        cleanup_cache_on_previews (bool):
        created_at (datetime.datetime | None):
        enable_docker_cleanup (bool):
        enforce_sso (bool):
        host (None | str):
        https (bool):
        id (str):
        lets_encrypt_email (None | str):
        log_cleanup_cron (None | str):
        metrics_config (WebServerSettingsMetricsConfig):
        remote_servers_only (bool):
        server_ip (None | str):
        ssh_private_key (None | str):
        updated_at (datetime.datetime):
        whitelabeling_config (None | WebServerSettingsWhitelabelingConfigType0):
    """

    builds_concurrency: int
    certificate_type: WebServerSettingsCertificateType
    cleanup_cache_applications: bool
    cleanup_cache_on_compose: bool
    cleanup_cache_on_previews: bool
    created_at: datetime.datetime | None
    enable_docker_cleanup: bool
    enforce_sso: bool
    host: None | str
    https: bool
    id: str
    lets_encrypt_email: None | str
    log_cleanup_cron: None | str
    metrics_config: WebServerSettingsMetricsConfig
    remote_servers_only: bool
    server_ip: None | str
    ssh_private_key: None | str = _attrs_field(repr=masked)
    updated_at: datetime.datetime
    whitelabeling_config: None | WebServerSettingsWhitelabelingConfigType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.web_server_settings_whitelabeling_config_type_0 import (
            WebServerSettingsWhitelabelingConfigType0,  # noqa: PLC0415
        )

        builds_concurrency = self.builds_concurrency

        certificate_type: str = self.certificate_type

        cleanup_cache_applications = self.cleanup_cache_applications

        cleanup_cache_on_compose = self.cleanup_cache_on_compose

        cleanup_cache_on_previews = self.cleanup_cache_on_previews

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.astimezone(datetime.UTC)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            created_at = self.created_at

        enable_docker_cleanup = self.enable_docker_cleanup

        enforce_sso = self.enforce_sso

        host: None | str
        host = self.host

        https = self.https

        id = self.id

        lets_encrypt_email: None | str
        lets_encrypt_email = self.lets_encrypt_email

        log_cleanup_cron: None | str
        log_cleanup_cron = self.log_cleanup_cron

        metrics_config = self.metrics_config.to_dict()

        remote_servers_only = self.remote_servers_only

        server_ip: None | str
        server_ip = self.server_ip

        ssh_private_key: None | str
        ssh_private_key = self.ssh_private_key

        updated_at = (
            self.updated_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        whitelabeling_config: dict[str, Any] | None
        if isinstance(self.whitelabeling_config, WebServerSettingsWhitelabelingConfigType0):
            whitelabeling_config = self.whitelabeling_config.to_dict()
        else:
            whitelabeling_config = self.whitelabeling_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buildsConcurrency": builds_concurrency,
                "certificateType": certificate_type,
                "cleanupCacheApplications": cleanup_cache_applications,
                "cleanupCacheOnCompose": cleanup_cache_on_compose,
                "cleanupCacheOnPreviews": cleanup_cache_on_previews,
                "createdAt": created_at,
                "enableDockerCleanup": enable_docker_cleanup,
                "enforceSSO": enforce_sso,
                "host": host,
                "https": https,
                "id": id,
                "letsEncryptEmail": lets_encrypt_email,
                "logCleanupCron": log_cleanup_cron,
                "metricsConfig": metrics_config,
                "remoteServersOnly": remote_servers_only,
                "serverIp": server_ip,
                "sshPrivateKey": ssh_private_key,
                "updatedAt": updated_at,
                "whitelabelingConfig": whitelabeling_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_server_settings_metrics_config import WebServerSettingsMetricsConfig  # noqa: PLC0415
        from ..models.web_server_settings_whitelabeling_config_type_0 import (
            WebServerSettingsWhitelabelingConfigType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        builds_concurrency = d.pop("buildsConcurrency")

        certificate_type = check_web_server_settings_certificate_type(d.pop("certificateType"))

        cleanup_cache_applications = d.pop("cleanupCacheApplications")

        cleanup_cache_on_compose = d.pop("cleanupCacheOnCompose")

        cleanup_cache_on_previews = d.pop("cleanupCacheOnPreviews")

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("createdAt"))

        enable_docker_cleanup = d.pop("enableDockerCleanup")

        enforce_sso = d.pop("enforceSSO")

        def _parse_host(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        host = _parse_host(d.pop("host"))

        https = d.pop("https")

        id = d.pop("id")

        def _parse_lets_encrypt_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lets_encrypt_email = _parse_lets_encrypt_email(d.pop("letsEncryptEmail"))

        def _parse_log_cleanup_cron(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        log_cleanup_cron = _parse_log_cleanup_cron(d.pop("logCleanupCron"))

        metrics_config = WebServerSettingsMetricsConfig.from_dict(d.pop("metricsConfig"))

        remote_servers_only = d.pop("remoteServersOnly")

        def _parse_server_ip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_ip = _parse_server_ip(d.pop("serverIp"))

        def _parse_ssh_private_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ssh_private_key = _parse_ssh_private_key(d.pop("sshPrivateKey"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_whitelabeling_config(
            data: object,
        ) -> None | WebServerSettingsWhitelabelingConfigType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                whitelabeling_config_type_0 = WebServerSettingsWhitelabelingConfigType0.from_dict(
                    data
                )

                return whitelabeling_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WebServerSettingsWhitelabelingConfigType0, data)

        whitelabeling_config = _parse_whitelabeling_config(d.pop("whitelabelingConfig"))

        web_server_settings = cls(
            builds_concurrency=builds_concurrency,
            certificate_type=certificate_type,
            cleanup_cache_applications=cleanup_cache_applications,
            cleanup_cache_on_compose=cleanup_cache_on_compose,
            cleanup_cache_on_previews=cleanup_cache_on_previews,
            created_at=created_at,
            enable_docker_cleanup=enable_docker_cleanup,
            enforce_sso=enforce_sso,
            host=host,
            https=https,
            id=id,
            lets_encrypt_email=lets_encrypt_email,
            log_cleanup_cron=log_cleanup_cron,
            metrics_config=metrics_config,
            remote_servers_only=remote_servers_only,
            server_ip=server_ip,
            ssh_private_key=ssh_private_key,
            updated_at=updated_at,
            whitelabeling_config=whitelabeling_config,
        )

        web_server_settings.additional_properties = d
        return web_server_settings

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
