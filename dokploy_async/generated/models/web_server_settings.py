from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="WebServerSettings")


@_attrs_define
class WebServerSettings:
    """The settings of this Dokploy instance (settings.getWebServerSettings). May contain the SSH private key.

    Attributes:
        id (str | Unset):
        server_ip (None | str | Unset):
        certificate_type (str | Unset): letsencrypt, none or custom (others may appear)
        https (bool | Unset):
        host (None | str | Unset):
        lets_encrypt_email (None | str | Unset):
        ssh_private_key (None | str | Unset):
        enable_docker_cleanup (bool | Unset):
        log_cleanup_cron (None | str | Unset):
        metrics_config (Any | Unset): Monitoring settings (open JSON object).
        whitelabeling_config (Any | Unset): Branding settings (open JSON object).
        remote_servers_only (bool | Unset):
        builds_concurrency (int | Unset):
        enforce_sso (bool | Unset):
        cleanup_cache_applications (bool | Unset):
        cleanup_cache_on_previews (bool | Unset):
        cleanup_cache_on_compose (bool | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    id: str | Unset = UNSET
    server_ip: None | str | Unset = UNSET
    certificate_type: str | Unset = UNSET
    https: bool | Unset = UNSET
    host: None | str | Unset = UNSET
    lets_encrypt_email: None | str | Unset = UNSET
    ssh_private_key: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    enable_docker_cleanup: bool | Unset = UNSET
    log_cleanup_cron: None | str | Unset = UNSET
    metrics_config: Any | Unset = UNSET
    whitelabeling_config: Any | Unset = UNSET
    remote_servers_only: bool | Unset = UNSET
    builds_concurrency: int | Unset = UNSET
    enforce_sso: bool | Unset = UNSET
    cleanup_cache_applications: bool | Unset = UNSET
    cleanup_cache_on_previews: bool | Unset = UNSET
    cleanup_cache_on_compose: bool | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        server_ip: None | str | Unset
        if isinstance(self.server_ip, Unset):
            server_ip = UNSET
        else:
            server_ip = self.server_ip

        certificate_type = self.certificate_type

        https = self.https

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        lets_encrypt_email: None | str | Unset
        if isinstance(self.lets_encrypt_email, Unset):
            lets_encrypt_email = UNSET
        else:
            lets_encrypt_email = self.lets_encrypt_email

        ssh_private_key: None | str | Unset
        if isinstance(self.ssh_private_key, Unset):
            ssh_private_key = UNSET
        else:
            ssh_private_key = self.ssh_private_key

        enable_docker_cleanup = self.enable_docker_cleanup

        log_cleanup_cron: None | str | Unset
        if isinstance(self.log_cleanup_cron, Unset):
            log_cleanup_cron = UNSET
        else:
            log_cleanup_cron = self.log_cleanup_cron

        metrics_config = self.metrics_config

        whitelabeling_config = self.whitelabeling_config

        remote_servers_only = self.remote_servers_only

        builds_concurrency = self.builds_concurrency

        enforce_sso = self.enforce_sso

        cleanup_cache_applications = self.cleanup_cache_applications

        cleanup_cache_on_previews = self.cleanup_cache_on_previews

        cleanup_cache_on_compose = self.cleanup_cache_on_compose

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if server_ip is not UNSET:
            field_dict["serverIp"] = server_ip
        if certificate_type is not UNSET:
            field_dict["certificateType"] = certificate_type
        if https is not UNSET:
            field_dict["https"] = https
        if host is not UNSET:
            field_dict["host"] = host
        if lets_encrypt_email is not UNSET:
            field_dict["letsEncryptEmail"] = lets_encrypt_email
        if ssh_private_key is not UNSET:
            field_dict["sshPrivateKey"] = ssh_private_key
        if enable_docker_cleanup is not UNSET:
            field_dict["enableDockerCleanup"] = enable_docker_cleanup
        if log_cleanup_cron is not UNSET:
            field_dict["logCleanupCron"] = log_cleanup_cron
        if metrics_config is not UNSET:
            field_dict["metricsConfig"] = metrics_config
        if whitelabeling_config is not UNSET:
            field_dict["whitelabelingConfig"] = whitelabeling_config
        if remote_servers_only is not UNSET:
            field_dict["remoteServersOnly"] = remote_servers_only
        if builds_concurrency is not UNSET:
            field_dict["buildsConcurrency"] = builds_concurrency
        if enforce_sso is not UNSET:
            field_dict["enforceSSO"] = enforce_sso
        if cleanup_cache_applications is not UNSET:
            field_dict["cleanupCacheApplications"] = cleanup_cache_applications
        if cleanup_cache_on_previews is not UNSET:
            field_dict["cleanupCacheOnPreviews"] = cleanup_cache_on_previews
        if cleanup_cache_on_compose is not UNSET:
            field_dict["cleanupCacheOnCompose"] = cleanup_cache_on_compose
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_server_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_ip = _parse_server_ip(d.pop("serverIp", UNSET))

        certificate_type = d.pop("certificateType", UNSET)

        https = d.pop("https", UNSET)

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        def _parse_lets_encrypt_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lets_encrypt_email = _parse_lets_encrypt_email(d.pop("letsEncryptEmail", UNSET))

        def _parse_ssh_private_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssh_private_key = _parse_ssh_private_key(d.pop("sshPrivateKey", UNSET))

        enable_docker_cleanup = d.pop("enableDockerCleanup", UNSET)

        def _parse_log_cleanup_cron(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        log_cleanup_cron = _parse_log_cleanup_cron(d.pop("logCleanupCron", UNSET))

        metrics_config = d.pop("metricsConfig", UNSET)

        whitelabeling_config = d.pop("whitelabelingConfig", UNSET)

        remote_servers_only = d.pop("remoteServersOnly", UNSET)

        builds_concurrency = d.pop("buildsConcurrency", UNSET)

        enforce_sso = d.pop("enforceSSO", UNSET)

        cleanup_cache_applications = d.pop("cleanupCacheApplications", UNSET)

        cleanup_cache_on_previews = d.pop("cleanupCacheOnPreviews", UNSET)

        cleanup_cache_on_compose = d.pop("cleanupCacheOnCompose", UNSET)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        web_server_settings = cls(
            id=id,
            server_ip=server_ip,
            certificate_type=certificate_type,
            https=https,
            host=host,
            lets_encrypt_email=lets_encrypt_email,
            ssh_private_key=ssh_private_key,
            enable_docker_cleanup=enable_docker_cleanup,
            log_cleanup_cron=log_cleanup_cron,
            metrics_config=metrics_config,
            whitelabeling_config=whitelabeling_config,
            remote_servers_only=remote_servers_only,
            builds_concurrency=builds_concurrency,
            enforce_sso=enforce_sso,
            cleanup_cache_applications=cleanup_cache_applications,
            cleanup_cache_on_previews=cleanup_cache_on_previews,
            cleanup_cache_on_compose=cleanup_cache_on_compose,
            created_at=created_at,
            updated_at=updated_at,
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
