from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.resolved_permissions_ac import ResolvedPermissionsAc
    from ..models.resolved_permissions_api import ResolvedPermissionsApi
    from ..models.resolved_permissions_audit_log import ResolvedPermissionsAuditLog
    from ..models.resolved_permissions_backup import ResolvedPermissionsBackup
    from ..models.resolved_permissions_certificate import ResolvedPermissionsCertificate
    from ..models.resolved_permissions_deployment import ResolvedPermissionsDeployment
    from ..models.resolved_permissions_destination import ResolvedPermissionsDestination
    from ..models.resolved_permissions_dns_provider import ResolvedPermissionsDnsProvider
    from ..models.resolved_permissions_docker import ResolvedPermissionsDocker
    from ..models.resolved_permissions_domain import ResolvedPermissionsDomain
    from ..models.resolved_permissions_env_vars import ResolvedPermissionsEnvVars
    from ..models.resolved_permissions_environment import ResolvedPermissionsEnvironment
    from ..models.resolved_permissions_environment_env_vars import (
        ResolvedPermissionsEnvironmentEnvVars,
    )
    from ..models.resolved_permissions_git_providers import ResolvedPermissionsGitProviders
    from ..models.resolved_permissions_invitation import ResolvedPermissionsInvitation
    from ..models.resolved_permissions_logs import ResolvedPermissionsLogs
    from ..models.resolved_permissions_member import ResolvedPermissionsMember
    from ..models.resolved_permissions_monitoring import ResolvedPermissionsMonitoring
    from ..models.resolved_permissions_notification import ResolvedPermissionsNotification
    from ..models.resolved_permissions_organization import ResolvedPermissionsOrganization
    from ..models.resolved_permissions_project import ResolvedPermissionsProject
    from ..models.resolved_permissions_project_env_vars import ResolvedPermissionsProjectEnvVars
    from ..models.resolved_permissions_registry import ResolvedPermissionsRegistry
    from ..models.resolved_permissions_schedule import ResolvedPermissionsSchedule
    from ..models.resolved_permissions_server import ResolvedPermissionsServer
    from ..models.resolved_permissions_service import ResolvedPermissionsService
    from ..models.resolved_permissions_ssh_keys import ResolvedPermissionsSshKeys
    from ..models.resolved_permissions_tag import ResolvedPermissionsTag
    from ..models.resolved_permissions_team import ResolvedPermissionsTeam
    from ..models.resolved_permissions_traefik_files import ResolvedPermissionsTraefikFiles
    from ..models.resolved_permissions_vault_provider import ResolvedPermissionsVaultProvider
    from ..models.resolved_permissions_volume import ResolvedPermissionsVolume
    from ..models.resolved_permissions_volume_backup import ResolvedPermissionsVolumeBackup


T = TypeVar("T", bound="ResolvedPermissions")


@_attrs_define
class ResolvedPermissions:
    """
    Attributes:
        ac (ResolvedPermissionsAc):
        api (ResolvedPermissionsApi):
        audit_log (ResolvedPermissionsAuditLog):
        backup (ResolvedPermissionsBackup):
        certificate (ResolvedPermissionsCertificate):
        deployment (ResolvedPermissionsDeployment):
        destination (ResolvedPermissionsDestination):
        dns_provider (ResolvedPermissionsDnsProvider):
        docker (ResolvedPermissionsDocker):
        domain (ResolvedPermissionsDomain):
        env_vars (ResolvedPermissionsEnvVars):
        environment (ResolvedPermissionsEnvironment):
        environment_env_vars (ResolvedPermissionsEnvironmentEnvVars):
        git_providers (ResolvedPermissionsGitProviders):
        invitation (ResolvedPermissionsInvitation):
        logs (ResolvedPermissionsLogs):
        member (ResolvedPermissionsMember):
        monitoring (ResolvedPermissionsMonitoring):
        notification (ResolvedPermissionsNotification):
        organization (ResolvedPermissionsOrganization):
        project (ResolvedPermissionsProject):
        project_env_vars (ResolvedPermissionsProjectEnvVars):
        registry (ResolvedPermissionsRegistry):
        schedule (ResolvedPermissionsSchedule):
        server (ResolvedPermissionsServer):
        service (ResolvedPermissionsService):
        ssh_keys (ResolvedPermissionsSshKeys):
        tag (ResolvedPermissionsTag):
        team (ResolvedPermissionsTeam):
        traefik_files (ResolvedPermissionsTraefikFiles):
        vault_provider (ResolvedPermissionsVaultProvider):
        volume (ResolvedPermissionsVolume):
        volume_backup (ResolvedPermissionsVolumeBackup):
    """

    ac: ResolvedPermissionsAc
    api: ResolvedPermissionsApi
    audit_log: ResolvedPermissionsAuditLog
    backup: ResolvedPermissionsBackup
    certificate: ResolvedPermissionsCertificate
    deployment: ResolvedPermissionsDeployment
    destination: ResolvedPermissionsDestination
    dns_provider: ResolvedPermissionsDnsProvider
    docker: ResolvedPermissionsDocker
    domain: ResolvedPermissionsDomain
    env_vars: ResolvedPermissionsEnvVars
    environment: ResolvedPermissionsEnvironment
    environment_env_vars: ResolvedPermissionsEnvironmentEnvVars
    git_providers: ResolvedPermissionsGitProviders
    invitation: ResolvedPermissionsInvitation
    logs: ResolvedPermissionsLogs
    member: ResolvedPermissionsMember
    monitoring: ResolvedPermissionsMonitoring
    notification: ResolvedPermissionsNotification
    organization: ResolvedPermissionsOrganization
    project: ResolvedPermissionsProject
    project_env_vars: ResolvedPermissionsProjectEnvVars
    registry: ResolvedPermissionsRegistry
    schedule: ResolvedPermissionsSchedule
    server: ResolvedPermissionsServer
    service: ResolvedPermissionsService
    ssh_keys: ResolvedPermissionsSshKeys
    tag: ResolvedPermissionsTag
    team: ResolvedPermissionsTeam
    traefik_files: ResolvedPermissionsTraefikFiles
    vault_provider: ResolvedPermissionsVaultProvider
    volume: ResolvedPermissionsVolume
    volume_backup: ResolvedPermissionsVolumeBackup
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ac = self.ac.to_dict()

        api = self.api.to_dict()

        audit_log = self.audit_log.to_dict()

        backup = self.backup.to_dict()

        certificate = self.certificate.to_dict()

        deployment = self.deployment.to_dict()

        destination = self.destination.to_dict()

        dns_provider = self.dns_provider.to_dict()

        docker = self.docker.to_dict()

        domain = self.domain.to_dict()

        env_vars = self.env_vars.to_dict()

        environment = self.environment.to_dict()

        environment_env_vars = self.environment_env_vars.to_dict()

        git_providers = self.git_providers.to_dict()

        invitation = self.invitation.to_dict()

        logs = self.logs.to_dict()

        member = self.member.to_dict()

        monitoring = self.monitoring.to_dict()

        notification = self.notification.to_dict()

        organization = self.organization.to_dict()

        project = self.project.to_dict()

        project_env_vars = self.project_env_vars.to_dict()

        registry = self.registry.to_dict()

        schedule = self.schedule.to_dict()

        server = self.server.to_dict()

        service = self.service.to_dict()

        ssh_keys = self.ssh_keys.to_dict()

        tag = self.tag.to_dict()

        team = self.team.to_dict()

        traefik_files = self.traefik_files.to_dict()

        vault_provider = self.vault_provider.to_dict()

        volume = self.volume.to_dict()

        volume_backup = self.volume_backup.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ac": ac,
                "api": api,
                "auditLog": audit_log,
                "backup": backup,
                "certificate": certificate,
                "deployment": deployment,
                "destination": destination,
                "dnsProvider": dns_provider,
                "docker": docker,
                "domain": domain,
                "envVars": env_vars,
                "environment": environment,
                "environmentEnvVars": environment_env_vars,
                "gitProviders": git_providers,
                "invitation": invitation,
                "logs": logs,
                "member": member,
                "monitoring": monitoring,
                "notification": notification,
                "organization": organization,
                "project": project,
                "projectEnvVars": project_env_vars,
                "registry": registry,
                "schedule": schedule,
                "server": server,
                "service": service,
                "sshKeys": ssh_keys,
                "tag": tag,
                "team": team,
                "traefikFiles": traefik_files,
                "vaultProvider": vault_provider,
                "volume": volume,
                "volumeBackup": volume_backup,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resolved_permissions_ac import ResolvedPermissionsAc  # noqa: PLC0415
        from ..models.resolved_permissions_api import ResolvedPermissionsApi  # noqa: PLC0415
        from ..models.resolved_permissions_audit_log import ResolvedPermissionsAuditLog  # noqa: PLC0415
        from ..models.resolved_permissions_backup import ResolvedPermissionsBackup  # noqa: PLC0415
        from ..models.resolved_permissions_certificate import ResolvedPermissionsCertificate  # noqa: PLC0415
        from ..models.resolved_permissions_deployment import ResolvedPermissionsDeployment  # noqa: PLC0415
        from ..models.resolved_permissions_destination import ResolvedPermissionsDestination  # noqa: PLC0415
        from ..models.resolved_permissions_dns_provider import ResolvedPermissionsDnsProvider  # noqa: PLC0415
        from ..models.resolved_permissions_docker import ResolvedPermissionsDocker  # noqa: PLC0415
        from ..models.resolved_permissions_domain import ResolvedPermissionsDomain  # noqa: PLC0415
        from ..models.resolved_permissions_env_vars import ResolvedPermissionsEnvVars  # noqa: PLC0415
        from ..models.resolved_permissions_environment import ResolvedPermissionsEnvironment  # noqa: PLC0415
        from ..models.resolved_permissions_environment_env_vars import (
            ResolvedPermissionsEnvironmentEnvVars,  # noqa: PLC0415
        )
        from ..models.resolved_permissions_git_providers import ResolvedPermissionsGitProviders  # noqa: PLC0415
        from ..models.resolved_permissions_invitation import ResolvedPermissionsInvitation  # noqa: PLC0415
        from ..models.resolved_permissions_logs import ResolvedPermissionsLogs  # noqa: PLC0415
        from ..models.resolved_permissions_member import ResolvedPermissionsMember  # noqa: PLC0415
        from ..models.resolved_permissions_monitoring import ResolvedPermissionsMonitoring  # noqa: PLC0415
        from ..models.resolved_permissions_notification import ResolvedPermissionsNotification  # noqa: PLC0415
        from ..models.resolved_permissions_organization import ResolvedPermissionsOrganization  # noqa: PLC0415
        from ..models.resolved_permissions_project import ResolvedPermissionsProject  # noqa: PLC0415
        from ..models.resolved_permissions_project_env_vars import ResolvedPermissionsProjectEnvVars  # noqa: PLC0415
        from ..models.resolved_permissions_registry import ResolvedPermissionsRegistry  # noqa: PLC0415
        from ..models.resolved_permissions_schedule import ResolvedPermissionsSchedule  # noqa: PLC0415
        from ..models.resolved_permissions_server import ResolvedPermissionsServer  # noqa: PLC0415
        from ..models.resolved_permissions_service import ResolvedPermissionsService  # noqa: PLC0415
        from ..models.resolved_permissions_ssh_keys import ResolvedPermissionsSshKeys  # noqa: PLC0415
        from ..models.resolved_permissions_tag import ResolvedPermissionsTag  # noqa: PLC0415
        from ..models.resolved_permissions_team import ResolvedPermissionsTeam  # noqa: PLC0415
        from ..models.resolved_permissions_traefik_files import ResolvedPermissionsTraefikFiles  # noqa: PLC0415
        from ..models.resolved_permissions_vault_provider import ResolvedPermissionsVaultProvider  # noqa: PLC0415
        from ..models.resolved_permissions_volume import ResolvedPermissionsVolume  # noqa: PLC0415
        from ..models.resolved_permissions_volume_backup import ResolvedPermissionsVolumeBackup  # noqa: PLC0415

        d = dict(src_dict)
        ac = ResolvedPermissionsAc.from_dict(d.pop("ac"))

        api = ResolvedPermissionsApi.from_dict(d.pop("api"))

        audit_log = ResolvedPermissionsAuditLog.from_dict(d.pop("auditLog"))

        backup = ResolvedPermissionsBackup.from_dict(d.pop("backup"))

        certificate = ResolvedPermissionsCertificate.from_dict(d.pop("certificate"))

        deployment = ResolvedPermissionsDeployment.from_dict(d.pop("deployment"))

        destination = ResolvedPermissionsDestination.from_dict(d.pop("destination"))

        dns_provider = ResolvedPermissionsDnsProvider.from_dict(d.pop("dnsProvider"))

        docker = ResolvedPermissionsDocker.from_dict(d.pop("docker"))

        domain = ResolvedPermissionsDomain.from_dict(d.pop("domain"))

        env_vars = ResolvedPermissionsEnvVars.from_dict(d.pop("envVars"))

        environment = ResolvedPermissionsEnvironment.from_dict(d.pop("environment"))

        environment_env_vars = ResolvedPermissionsEnvironmentEnvVars.from_dict(
            d.pop("environmentEnvVars")
        )

        git_providers = ResolvedPermissionsGitProviders.from_dict(d.pop("gitProviders"))

        invitation = ResolvedPermissionsInvitation.from_dict(d.pop("invitation"))

        logs = ResolvedPermissionsLogs.from_dict(d.pop("logs"))

        member = ResolvedPermissionsMember.from_dict(d.pop("member"))

        monitoring = ResolvedPermissionsMonitoring.from_dict(d.pop("monitoring"))

        notification = ResolvedPermissionsNotification.from_dict(d.pop("notification"))

        organization = ResolvedPermissionsOrganization.from_dict(d.pop("organization"))

        project = ResolvedPermissionsProject.from_dict(d.pop("project"))

        project_env_vars = ResolvedPermissionsProjectEnvVars.from_dict(d.pop("projectEnvVars"))

        registry = ResolvedPermissionsRegistry.from_dict(d.pop("registry"))

        schedule = ResolvedPermissionsSchedule.from_dict(d.pop("schedule"))

        server = ResolvedPermissionsServer.from_dict(d.pop("server"))

        service = ResolvedPermissionsService.from_dict(d.pop("service"))

        ssh_keys = ResolvedPermissionsSshKeys.from_dict(d.pop("sshKeys"))

        tag = ResolvedPermissionsTag.from_dict(d.pop("tag"))

        team = ResolvedPermissionsTeam.from_dict(d.pop("team"))

        traefik_files = ResolvedPermissionsTraefikFiles.from_dict(d.pop("traefikFiles"))

        vault_provider = ResolvedPermissionsVaultProvider.from_dict(d.pop("vaultProvider"))

        volume = ResolvedPermissionsVolume.from_dict(d.pop("volume"))

        volume_backup = ResolvedPermissionsVolumeBackup.from_dict(d.pop("volumeBackup"))

        resolved_permissions = cls(
            ac=ac,
            api=api,
            audit_log=audit_log,
            backup=backup,
            certificate=certificate,
            deployment=deployment,
            destination=destination,
            dns_provider=dns_provider,
            docker=docker,
            domain=domain,
            env_vars=env_vars,
            environment=environment,
            environment_env_vars=environment_env_vars,
            git_providers=git_providers,
            invitation=invitation,
            logs=logs,
            member=member,
            monitoring=monitoring,
            notification=notification,
            organization=organization,
            project=project,
            project_env_vars=project_env_vars,
            registry=registry,
            schedule=schedule,
            server=server,
            service=service,
            ssh_keys=ssh_keys,
            tag=tag,
            team=team,
            traefik_files=traefik_files,
            vault_provider=vault_provider,
            volume=volume,
            volume_backup=volume_backup,
        )

        resolved_permissions.additional_properties = d
        return resolved_permissions

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
