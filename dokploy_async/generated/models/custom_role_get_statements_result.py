from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_role_get_statements_result_ac_item import (
    CustomRoleGetStatementsResultAcItem,
    check_custom_role_get_statements_result_ac_item,
)
from ..models.custom_role_get_statements_result_api_item import (
    CustomRoleGetStatementsResultApiItem,
    check_custom_role_get_statements_result_api_item,
)
from ..models.custom_role_get_statements_result_audit_log_item import (
    CustomRoleGetStatementsResultAuditLogItem,
    check_custom_role_get_statements_result_audit_log_item,
)
from ..models.custom_role_get_statements_result_backup_item import (
    CustomRoleGetStatementsResultBackupItem,
    check_custom_role_get_statements_result_backup_item,
)
from ..models.custom_role_get_statements_result_certificate_item import (
    CustomRoleGetStatementsResultCertificateItem,
    check_custom_role_get_statements_result_certificate_item,
)
from ..models.custom_role_get_statements_result_deployment_item import (
    CustomRoleGetStatementsResultDeploymentItem,
    check_custom_role_get_statements_result_deployment_item,
)
from ..models.custom_role_get_statements_result_destination_item import (
    CustomRoleGetStatementsResultDestinationItem,
    check_custom_role_get_statements_result_destination_item,
)
from ..models.custom_role_get_statements_result_dns_provider_item import (
    CustomRoleGetStatementsResultDnsProviderItem,
    check_custom_role_get_statements_result_dns_provider_item,
)
from ..models.custom_role_get_statements_result_docker_item import (
    CustomRoleGetStatementsResultDockerItem,
    check_custom_role_get_statements_result_docker_item,
)
from ..models.custom_role_get_statements_result_domain_item import (
    CustomRoleGetStatementsResultDomainItem,
    check_custom_role_get_statements_result_domain_item,
)
from ..models.custom_role_get_statements_result_env_vars_item import (
    CustomRoleGetStatementsResultEnvVarsItem,
    check_custom_role_get_statements_result_env_vars_item,
)
from ..models.custom_role_get_statements_result_environment_env_vars_item import (
    CustomRoleGetStatementsResultEnvironmentEnvVarsItem,
    check_custom_role_get_statements_result_environment_env_vars_item,
)
from ..models.custom_role_get_statements_result_environment_item import (
    CustomRoleGetStatementsResultEnvironmentItem,
    check_custom_role_get_statements_result_environment_item,
)
from ..models.custom_role_get_statements_result_git_providers_item import (
    CustomRoleGetStatementsResultGitProvidersItem,
    check_custom_role_get_statements_result_git_providers_item,
)
from ..models.custom_role_get_statements_result_invitation_item import (
    CustomRoleGetStatementsResultInvitationItem,
    check_custom_role_get_statements_result_invitation_item,
)
from ..models.custom_role_get_statements_result_logs_item import (
    CustomRoleGetStatementsResultLogsItem,
    check_custom_role_get_statements_result_logs_item,
)
from ..models.custom_role_get_statements_result_member_item import (
    CustomRoleGetStatementsResultMemberItem,
    check_custom_role_get_statements_result_member_item,
)
from ..models.custom_role_get_statements_result_monitoring_item import (
    CustomRoleGetStatementsResultMonitoringItem,
    check_custom_role_get_statements_result_monitoring_item,
)
from ..models.custom_role_get_statements_result_notification_item import (
    CustomRoleGetStatementsResultNotificationItem,
    check_custom_role_get_statements_result_notification_item,
)
from ..models.custom_role_get_statements_result_organization_item import (
    CustomRoleGetStatementsResultOrganizationItem,
    check_custom_role_get_statements_result_organization_item,
)
from ..models.custom_role_get_statements_result_project_env_vars_item import (
    CustomRoleGetStatementsResultProjectEnvVarsItem,
    check_custom_role_get_statements_result_project_env_vars_item,
)
from ..models.custom_role_get_statements_result_project_item import (
    CustomRoleGetStatementsResultProjectItem,
    check_custom_role_get_statements_result_project_item,
)
from ..models.custom_role_get_statements_result_registry_item import (
    CustomRoleGetStatementsResultRegistryItem,
    check_custom_role_get_statements_result_registry_item,
)
from ..models.custom_role_get_statements_result_schedule_item import (
    CustomRoleGetStatementsResultScheduleItem,
    check_custom_role_get_statements_result_schedule_item,
)
from ..models.custom_role_get_statements_result_server_item import (
    CustomRoleGetStatementsResultServerItem,
    check_custom_role_get_statements_result_server_item,
)
from ..models.custom_role_get_statements_result_service_item import (
    CustomRoleGetStatementsResultServiceItem,
    check_custom_role_get_statements_result_service_item,
)
from ..models.custom_role_get_statements_result_ssh_keys_item import (
    CustomRoleGetStatementsResultSshKeysItem,
    check_custom_role_get_statements_result_ssh_keys_item,
)
from ..models.custom_role_get_statements_result_tag_item import (
    CustomRoleGetStatementsResultTagItem,
    check_custom_role_get_statements_result_tag_item,
)
from ..models.custom_role_get_statements_result_team_item import (
    CustomRoleGetStatementsResultTeamItem,
    check_custom_role_get_statements_result_team_item,
)
from ..models.custom_role_get_statements_result_traefik_files_item import (
    CustomRoleGetStatementsResultTraefikFilesItem,
    check_custom_role_get_statements_result_traefik_files_item,
)
from ..models.custom_role_get_statements_result_vault_provider_item import (
    CustomRoleGetStatementsResultVaultProviderItem,
    check_custom_role_get_statements_result_vault_provider_item,
)
from ..models.custom_role_get_statements_result_volume_backup_item import (
    CustomRoleGetStatementsResultVolumeBackupItem,
    check_custom_role_get_statements_result_volume_backup_item,
)
from ..models.custom_role_get_statements_result_volume_item import (
    CustomRoleGetStatementsResultVolumeItem,
    check_custom_role_get_statements_result_volume_item,
)

T = TypeVar("T", bound="CustomRoleGetStatementsResult")


@_attrs_define
class CustomRoleGetStatementsResult:
    """
    Attributes:
        ac (list[CustomRoleGetStatementsResultAcItem]):
        api (list[CustomRoleGetStatementsResultApiItem]):
        audit_log (list[CustomRoleGetStatementsResultAuditLogItem]):
        backup (list[CustomRoleGetStatementsResultBackupItem]):
        certificate (list[CustomRoleGetStatementsResultCertificateItem]):
        deployment (list[CustomRoleGetStatementsResultDeploymentItem]):
        destination (list[CustomRoleGetStatementsResultDestinationItem]):
        dns_provider (list[CustomRoleGetStatementsResultDnsProviderItem]):
        docker (list[CustomRoleGetStatementsResultDockerItem]):
        domain (list[CustomRoleGetStatementsResultDomainItem]):
        env_vars (list[CustomRoleGetStatementsResultEnvVarsItem]):
        environment (list[CustomRoleGetStatementsResultEnvironmentItem]):
        environment_env_vars (list[CustomRoleGetStatementsResultEnvironmentEnvVarsItem]):
        git_providers (list[CustomRoleGetStatementsResultGitProvidersItem]):
        invitation (list[CustomRoleGetStatementsResultInvitationItem]):
        logs (list[CustomRoleGetStatementsResultLogsItem]):
        member (list[CustomRoleGetStatementsResultMemberItem]):
        monitoring (list[CustomRoleGetStatementsResultMonitoringItem]):
        notification (list[CustomRoleGetStatementsResultNotificationItem]):
        organization (list[CustomRoleGetStatementsResultOrganizationItem]):
        project (list[CustomRoleGetStatementsResultProjectItem]):
        project_env_vars (list[CustomRoleGetStatementsResultProjectEnvVarsItem]):
        registry (list[CustomRoleGetStatementsResultRegistryItem]):
        schedule (list[CustomRoleGetStatementsResultScheduleItem]):
        server (list[CustomRoleGetStatementsResultServerItem]):
        service (list[CustomRoleGetStatementsResultServiceItem]):
        ssh_keys (list[CustomRoleGetStatementsResultSshKeysItem]):
        tag (list[CustomRoleGetStatementsResultTagItem]):
        team (list[CustomRoleGetStatementsResultTeamItem]):
        traefik_files (list[CustomRoleGetStatementsResultTraefikFilesItem]):
        vault_provider (list[CustomRoleGetStatementsResultVaultProviderItem]):
        volume (list[CustomRoleGetStatementsResultVolumeItem]):
        volume_backup (list[CustomRoleGetStatementsResultVolumeBackupItem]):
    """

    ac: list[CustomRoleGetStatementsResultAcItem]
    api: list[CustomRoleGetStatementsResultApiItem]
    audit_log: list[CustomRoleGetStatementsResultAuditLogItem]
    backup: list[CustomRoleGetStatementsResultBackupItem]
    certificate: list[CustomRoleGetStatementsResultCertificateItem]
    deployment: list[CustomRoleGetStatementsResultDeploymentItem]
    destination: list[CustomRoleGetStatementsResultDestinationItem]
    dns_provider: list[CustomRoleGetStatementsResultDnsProviderItem]
    docker: list[CustomRoleGetStatementsResultDockerItem]
    domain: list[CustomRoleGetStatementsResultDomainItem]
    env_vars: list[CustomRoleGetStatementsResultEnvVarsItem]
    environment: list[CustomRoleGetStatementsResultEnvironmentItem]
    environment_env_vars: list[CustomRoleGetStatementsResultEnvironmentEnvVarsItem]
    git_providers: list[CustomRoleGetStatementsResultGitProvidersItem]
    invitation: list[CustomRoleGetStatementsResultInvitationItem]
    logs: list[CustomRoleGetStatementsResultLogsItem]
    member: list[CustomRoleGetStatementsResultMemberItem]
    monitoring: list[CustomRoleGetStatementsResultMonitoringItem]
    notification: list[CustomRoleGetStatementsResultNotificationItem]
    organization: list[CustomRoleGetStatementsResultOrganizationItem]
    project: list[CustomRoleGetStatementsResultProjectItem]
    project_env_vars: list[CustomRoleGetStatementsResultProjectEnvVarsItem]
    registry: list[CustomRoleGetStatementsResultRegistryItem]
    schedule: list[CustomRoleGetStatementsResultScheduleItem]
    server: list[CustomRoleGetStatementsResultServerItem]
    service: list[CustomRoleGetStatementsResultServiceItem]
    ssh_keys: list[CustomRoleGetStatementsResultSshKeysItem]
    tag: list[CustomRoleGetStatementsResultTagItem]
    team: list[CustomRoleGetStatementsResultTeamItem]
    traefik_files: list[CustomRoleGetStatementsResultTraefikFilesItem]
    vault_provider: list[CustomRoleGetStatementsResultVaultProviderItem]
    volume: list[CustomRoleGetStatementsResultVolumeItem]
    volume_backup: list[CustomRoleGetStatementsResultVolumeBackupItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ac = []
        for ac_item_data in self.ac:
            ac_item: str = ac_item_data
            ac.append(ac_item)

        api = []
        for api_item_data in self.api:
            api_item: str = api_item_data
            api.append(api_item)

        audit_log = []
        for audit_log_item_data in self.audit_log:
            audit_log_item: str = audit_log_item_data
            audit_log.append(audit_log_item)

        backup = []
        for backup_item_data in self.backup:
            backup_item: str = backup_item_data
            backup.append(backup_item)

        certificate = []
        for certificate_item_data in self.certificate:
            certificate_item: str = certificate_item_data
            certificate.append(certificate_item)

        deployment = []
        for deployment_item_data in self.deployment:
            deployment_item: str = deployment_item_data
            deployment.append(deployment_item)

        destination = []
        for destination_item_data in self.destination:
            destination_item: str = destination_item_data
            destination.append(destination_item)

        dns_provider = []
        for dns_provider_item_data in self.dns_provider:
            dns_provider_item: str = dns_provider_item_data
            dns_provider.append(dns_provider_item)

        docker = []
        for docker_item_data in self.docker:
            docker_item: str = docker_item_data
            docker.append(docker_item)

        domain = []
        for domain_item_data in self.domain:
            domain_item: str = domain_item_data
            domain.append(domain_item)

        env_vars = []
        for env_vars_item_data in self.env_vars:
            env_vars_item: str = env_vars_item_data
            env_vars.append(env_vars_item)

        environment = []
        for environment_item_data in self.environment:
            environment_item: str = environment_item_data
            environment.append(environment_item)

        environment_env_vars = []
        for environment_env_vars_item_data in self.environment_env_vars:
            environment_env_vars_item: str = environment_env_vars_item_data
            environment_env_vars.append(environment_env_vars_item)

        git_providers = []
        for git_providers_item_data in self.git_providers:
            git_providers_item: str = git_providers_item_data
            git_providers.append(git_providers_item)

        invitation = []
        for invitation_item_data in self.invitation:
            invitation_item: str = invitation_item_data
            invitation.append(invitation_item)

        logs = []
        for logs_item_data in self.logs:
            logs_item: str = logs_item_data
            logs.append(logs_item)

        member = []
        for member_item_data in self.member:
            member_item: str = member_item_data
            member.append(member_item)

        monitoring = []
        for monitoring_item_data in self.monitoring:
            monitoring_item: str = monitoring_item_data
            monitoring.append(monitoring_item)

        notification = []
        for notification_item_data in self.notification:
            notification_item: str = notification_item_data
            notification.append(notification_item)

        organization = []
        for organization_item_data in self.organization:
            organization_item: str = organization_item_data
            organization.append(organization_item)

        project = []
        for project_item_data in self.project:
            project_item: str = project_item_data
            project.append(project_item)

        project_env_vars = []
        for project_env_vars_item_data in self.project_env_vars:
            project_env_vars_item: str = project_env_vars_item_data
            project_env_vars.append(project_env_vars_item)

        registry = []
        for registry_item_data in self.registry:
            registry_item: str = registry_item_data
            registry.append(registry_item)

        schedule = []
        for schedule_item_data in self.schedule:
            schedule_item: str = schedule_item_data
            schedule.append(schedule_item)

        server = []
        for server_item_data in self.server:
            server_item: str = server_item_data
            server.append(server_item)

        service = []
        for service_item_data in self.service:
            service_item: str = service_item_data
            service.append(service_item)

        ssh_keys = []
        for ssh_keys_item_data in self.ssh_keys:
            ssh_keys_item: str = ssh_keys_item_data
            ssh_keys.append(ssh_keys_item)

        tag = []
        for tag_item_data in self.tag:
            tag_item: str = tag_item_data
            tag.append(tag_item)

        team = []
        for team_item_data in self.team:
            team_item: str = team_item_data
            team.append(team_item)

        traefik_files = []
        for traefik_files_item_data in self.traefik_files:
            traefik_files_item: str = traefik_files_item_data
            traefik_files.append(traefik_files_item)

        vault_provider = []
        for vault_provider_item_data in self.vault_provider:
            vault_provider_item: str = vault_provider_item_data
            vault_provider.append(vault_provider_item)

        volume = []
        for volume_item_data in self.volume:
            volume_item: str = volume_item_data
            volume.append(volume_item)

        volume_backup = []
        for volume_backup_item_data in self.volume_backup:
            volume_backup_item: str = volume_backup_item_data
            volume_backup.append(volume_backup_item)

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
        d = dict(src_dict)
        ac = []
        _ac = d.pop("ac")
        for ac_item_data in _ac:
            ac_item = check_custom_role_get_statements_result_ac_item(ac_item_data)

            ac.append(ac_item)

        api = []
        _api = d.pop("api")
        for api_item_data in _api:
            api_item = check_custom_role_get_statements_result_api_item(api_item_data)

            api.append(api_item)

        audit_log = []
        _audit_log = d.pop("auditLog")
        for audit_log_item_data in _audit_log:
            audit_log_item = check_custom_role_get_statements_result_audit_log_item(
                audit_log_item_data
            )

            audit_log.append(audit_log_item)

        backup = []
        _backup = d.pop("backup")
        for backup_item_data in _backup:
            backup_item = check_custom_role_get_statements_result_backup_item(backup_item_data)

            backup.append(backup_item)

        certificate = []
        _certificate = d.pop("certificate")
        for certificate_item_data in _certificate:
            certificate_item = check_custom_role_get_statements_result_certificate_item(
                certificate_item_data
            )

            certificate.append(certificate_item)

        deployment = []
        _deployment = d.pop("deployment")
        for deployment_item_data in _deployment:
            deployment_item = check_custom_role_get_statements_result_deployment_item(
                deployment_item_data
            )

            deployment.append(deployment_item)

        destination = []
        _destination = d.pop("destination")
        for destination_item_data in _destination:
            destination_item = check_custom_role_get_statements_result_destination_item(
                destination_item_data
            )

            destination.append(destination_item)

        dns_provider = []
        _dns_provider = d.pop("dnsProvider")
        for dns_provider_item_data in _dns_provider:
            dns_provider_item = check_custom_role_get_statements_result_dns_provider_item(
                dns_provider_item_data
            )

            dns_provider.append(dns_provider_item)

        docker = []
        _docker = d.pop("docker")
        for docker_item_data in _docker:
            docker_item = check_custom_role_get_statements_result_docker_item(docker_item_data)

            docker.append(docker_item)

        domain = []
        _domain = d.pop("domain")
        for domain_item_data in _domain:
            domain_item = check_custom_role_get_statements_result_domain_item(domain_item_data)

            domain.append(domain_item)

        env_vars = []
        _env_vars = d.pop("envVars")
        for env_vars_item_data in _env_vars:
            env_vars_item = check_custom_role_get_statements_result_env_vars_item(
                env_vars_item_data
            )

            env_vars.append(env_vars_item)

        environment = []
        _environment = d.pop("environment")
        for environment_item_data in _environment:
            environment_item = check_custom_role_get_statements_result_environment_item(
                environment_item_data
            )

            environment.append(environment_item)

        environment_env_vars = []
        _environment_env_vars = d.pop("environmentEnvVars")
        for environment_env_vars_item_data in _environment_env_vars:
            environment_env_vars_item = (
                check_custom_role_get_statements_result_environment_env_vars_item(
                    environment_env_vars_item_data
                )
            )

            environment_env_vars.append(environment_env_vars_item)

        git_providers = []
        _git_providers = d.pop("gitProviders")
        for git_providers_item_data in _git_providers:
            git_providers_item = check_custom_role_get_statements_result_git_providers_item(
                git_providers_item_data
            )

            git_providers.append(git_providers_item)

        invitation = []
        _invitation = d.pop("invitation")
        for invitation_item_data in _invitation:
            invitation_item = check_custom_role_get_statements_result_invitation_item(
                invitation_item_data
            )

            invitation.append(invitation_item)

        logs = []
        _logs = d.pop("logs")
        for logs_item_data in _logs:
            logs_item = check_custom_role_get_statements_result_logs_item(logs_item_data)

            logs.append(logs_item)

        member = []
        _member = d.pop("member")
        for member_item_data in _member:
            member_item = check_custom_role_get_statements_result_member_item(member_item_data)

            member.append(member_item)

        monitoring = []
        _monitoring = d.pop("monitoring")
        for monitoring_item_data in _monitoring:
            monitoring_item = check_custom_role_get_statements_result_monitoring_item(
                monitoring_item_data
            )

            monitoring.append(monitoring_item)

        notification = []
        _notification = d.pop("notification")
        for notification_item_data in _notification:
            notification_item = check_custom_role_get_statements_result_notification_item(
                notification_item_data
            )

            notification.append(notification_item)

        organization = []
        _organization = d.pop("organization")
        for organization_item_data in _organization:
            organization_item = check_custom_role_get_statements_result_organization_item(
                organization_item_data
            )

            organization.append(organization_item)

        project = []
        _project = d.pop("project")
        for project_item_data in _project:
            project_item = check_custom_role_get_statements_result_project_item(project_item_data)

            project.append(project_item)

        project_env_vars = []
        _project_env_vars = d.pop("projectEnvVars")
        for project_env_vars_item_data in _project_env_vars:
            project_env_vars_item = check_custom_role_get_statements_result_project_env_vars_item(
                project_env_vars_item_data
            )

            project_env_vars.append(project_env_vars_item)

        registry = []
        _registry = d.pop("registry")
        for registry_item_data in _registry:
            registry_item = check_custom_role_get_statements_result_registry_item(
                registry_item_data
            )

            registry.append(registry_item)

        schedule = []
        _schedule = d.pop("schedule")
        for schedule_item_data in _schedule:
            schedule_item = check_custom_role_get_statements_result_schedule_item(
                schedule_item_data
            )

            schedule.append(schedule_item)

        server = []
        _server = d.pop("server")
        for server_item_data in _server:
            server_item = check_custom_role_get_statements_result_server_item(server_item_data)

            server.append(server_item)

        service = []
        _service = d.pop("service")
        for service_item_data in _service:
            service_item = check_custom_role_get_statements_result_service_item(service_item_data)

            service.append(service_item)

        ssh_keys = []
        _ssh_keys = d.pop("sshKeys")
        for ssh_keys_item_data in _ssh_keys:
            ssh_keys_item = check_custom_role_get_statements_result_ssh_keys_item(
                ssh_keys_item_data
            )

            ssh_keys.append(ssh_keys_item)

        tag = []
        _tag = d.pop("tag")
        for tag_item_data in _tag:
            tag_item = check_custom_role_get_statements_result_tag_item(tag_item_data)

            tag.append(tag_item)

        team = []
        _team = d.pop("team")
        for team_item_data in _team:
            team_item = check_custom_role_get_statements_result_team_item(team_item_data)

            team.append(team_item)

        traefik_files = []
        _traefik_files = d.pop("traefikFiles")
        for traefik_files_item_data in _traefik_files:
            traefik_files_item = check_custom_role_get_statements_result_traefik_files_item(
                traefik_files_item_data
            )

            traefik_files.append(traefik_files_item)

        vault_provider = []
        _vault_provider = d.pop("vaultProvider")
        for vault_provider_item_data in _vault_provider:
            vault_provider_item = check_custom_role_get_statements_result_vault_provider_item(
                vault_provider_item_data
            )

            vault_provider.append(vault_provider_item)

        volume = []
        _volume = d.pop("volume")
        for volume_item_data in _volume:
            volume_item = check_custom_role_get_statements_result_volume_item(volume_item_data)

            volume.append(volume_item)

        volume_backup = []
        _volume_backup = d.pop("volumeBackup")
        for volume_backup_item_data in _volume_backup:
            volume_backup_item = check_custom_role_get_statements_result_volume_backup_item(
                volume_backup_item_data
            )

            volume_backup.append(volume_backup_item)

        custom_role_get_statements_result = cls(
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

        custom_role_get_statements_result.additional_properties = d
        return custom_role_get_statements_result

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
