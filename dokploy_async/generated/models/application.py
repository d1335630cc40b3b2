from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_application_status import (
    ApplicationApplicationStatus,
    check_application_application_status,
)
from ..models.application_build_type import ApplicationBuildType, check_application_build_type
from ..models.application_preview_certificate_type import (
    ApplicationPreviewCertificateType,
    check_application_preview_certificate_type,
)
from ..models.application_source_type import ApplicationSourceType, check_application_source_type
from ..models.application_trigger_type import ApplicationTriggerType, check_application_trigger_type
from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.application_labels_swarm_type_0 import ApplicationLabelsSwarmType0
    from ..models.bitbucket_summary import BitbucketSummary
    from ..models.deployment import Deployment
    from ..models.domain import Domain
    from ..models.endpoint_spec_swarm import EndpointSpecSwarm
    from ..models.environment import Environment
    from ..models.gitea_summary import GiteaSummary
    from ..models.github_summary import GithubSummary
    from ..models.gitlab_summary import GitlabSummary
    from ..models.health_check_swarm import HealthCheckSwarm
    from ..models.mount import Mount
    from ..models.network_swarm import NetworkSwarm
    from ..models.placement_swarm import PlacementSwarm
    from ..models.port import Port
    from ..models.preview_deployments import PreviewDeployments
    from ..models.redirect import Redirect
    from ..models.registry import Registry
    from ..models.registry_summary import RegistrySummary
    from ..models.restart_policy_swarm import RestartPolicySwarm
    from ..models.security import Security
    from ..models.server import Server
    from ..models.service_mode_swarm import ServiceModeSwarm
    from ..models.ulimit_swarm import UlimitSwarm
    from ..models.update_config_swarm import UpdateConfigSwarm


T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """A record of Dokploy's `applications` table.

    Attributes:
        app_name (str):
        application_id (str):
        application_status (ApplicationApplicationStatus):
        args (list[str] | None):
        auto_deploy (bool | None):
        bitbucket_branch (None | str):
        bitbucket_build_path (None | str):
        bitbucket_id (None | str):
        bitbucket_owner (None | str):
        bitbucket_repository (None | str):
        bitbucket_repository_slug (None | str):
        branch (None | str):
        build_args (None | str):
        build_path (None | str):
        build_registry_id (None | str):
        build_secrets (None | str):
        build_server_id (None | str):
        build_type (ApplicationBuildType):
        clean_cache (bool | None):
        command (None | str):
        cpu_limit (None | str):
        cpu_reservation (None | str):
        create_env_file (bool):
        created_at (str):
        custom_git_branch (None | str):
        custom_git_build_path (None | str):
        custom_git_ssh_key_id (None | str):
        custom_git_url (None | str):
        description (None | str):
        detach_dokploy_network (bool):
        docker_build_stage (None | str):
        docker_context_path (None | str):
        docker_image (None | str):
        dockerfile (None | str):
        drop_build_path (None | str):
        enable_submodules (bool):
        enabled (bool | None):
        endpoint_spec_swarm (EndpointSpecSwarm | None):
        env (None | str):
        environment_id (str):
        gitea_branch (None | str):
        gitea_build_path (None | str):
        gitea_id (None | str):
        gitea_owner (None | str):
        gitea_repository (None | str):
        github_id (None | str):
        gitlab_branch (None | str):
        gitlab_build_path (None | str):
        gitlab_id (None | str):
        gitlab_owner (None | str):
        gitlab_path_namespace (None | str):
        gitlab_project_id (int | None):
        gitlab_repository (None | str):
        health_check_swarm (HealthCheckSwarm | None):
        heroku_version (None | str):
        icon (None | str):
        is_preview_deployments_active (bool | None):
        is_static_spa (bool | None):
        labels_swarm (ApplicationLabelsSwarmType0 | None):
        memory_limit (None | str):
        memory_reservation (None | str):
        mode_swarm (None | ServiceModeSwarm):
        name (str):
        network_ids (list[str] | None):
        network_swarm (list[NetworkSwarm] | None):
        owner (None | str):
        password (None | str):
        placement_swarm (None | PlacementSwarm):
        preview_build_args (None | str):
        preview_build_secrets (None | str):
        preview_certificate_type (ApplicationPreviewCertificateType):
        preview_custom_cert_resolver (None | str):
        preview_env (None | str):
        preview_https (bool):
        preview_labels (list[str] | None):
        preview_limit (int | None):
        preview_path (None | str):
        preview_port (int | None):
        preview_require_collaborator_permissions (bool | None):
        preview_wildcard (None | str):
        publish_directory (None | str):
        railpack_version (None | str):
        refresh_token (None | str):
        registry_id (None | str):
        registry_url (None | str):
        replicas (int):
        repository (None | str):
        restart_policy_swarm (None | RestartPolicySwarm):
        rollback_active (bool | None):
        rollback_config_swarm (None | UpdateConfigSwarm):
        rollback_registry_id (None | str):
        server_id (None | str):
        source_type (ApplicationSourceType):
        stop_grace_period_swarm (int | None):
        subtitle (None | str):
        title (None | str):
        trigger_type (ApplicationTriggerType | None):
        ulimits_swarm (list[UlimitSwarm] | None):
        update_config_swarm (None | UpdateConfigSwarm):
        username (None | str):
        watch_paths (list[str] | None):
        bitbucket (BitbucketSummary | None | Unset):
        build_registry (None | RegistrySummary | Unset):
        deployments (list[Deployment] | Unset):
        domains (list[Domain] | Unset):
        environment (Environment | Unset): A record of Dokploy's `environments` table.
        gitea (GiteaSummary | None | Unset):
        github (GithubSummary | None | Unset):
        gitlab (GitlabSummary | None | Unset):
        has_git_provider_access (bool | Unset):
        mounts (list[Mount] | Unset):
        ports (list[Port] | Unset):
        preview_deployments (list[PreviewDeployments] | Unset):
        redirects (list[Redirect] | Unset):
        registry (None | Registry | RegistrySummary | Unset):
        rollback_registry (None | RegistrySummary | Unset):
        security (list[Security] | Unset):
        server (None | Server | Unset):
        unauthorized_provider (None | str | Unset):
    """

    app_name: str
    application_id: str
    application_status: ApplicationApplicationStatus
    args: list[str] | None
    auto_deploy: bool | None
    bitbucket_branch: None | str
    bitbucket_build_path: None | str
    bitbucket_id: None | str
    bitbucket_owner: None | str
    bitbucket_repository: None | str
    bitbucket_repository_slug: None | str
    branch: None | str
    build_args: None | str = _attrs_field(repr=masked)
    build_path: None | str
    build_registry_id: None | str
    build_secrets: None | str = _attrs_field(repr=masked)
    build_server_id: None | str
    build_type: ApplicationBuildType
    clean_cache: bool | None
    command: None | str
    cpu_limit: None | str
    cpu_reservation: None | str
    create_env_file: bool
    created_at: str
    custom_git_branch: None | str
    custom_git_build_path: None | str
    custom_git_ssh_key_id: None | str
    custom_git_url: None | str
    description: None | str
    detach_dokploy_network: bool
    docker_build_stage: None | str
    docker_context_path: None | str
    docker_image: None | str
    dockerfile: None | str
    drop_build_path: None | str
    enable_submodules: bool
    enabled: bool | None
    endpoint_spec_swarm: EndpointSpecSwarm | None
    env: None | str = _attrs_field(repr=masked)
    environment_id: str
    gitea_branch: None | str
    gitea_build_path: None | str
    gitea_id: None | str
    gitea_owner: None | str
    gitea_repository: None | str
    github_id: None | str
    gitlab_branch: None | str
    gitlab_build_path: None | str
    gitlab_id: None | str
    gitlab_owner: None | str
    gitlab_path_namespace: None | str
    gitlab_project_id: int | None
    gitlab_repository: None | str
    health_check_swarm: HealthCheckSwarm | None
    heroku_version: None | str
    icon: None | str
    is_preview_deployments_active: bool | None
    is_static_spa: bool | None
    labels_swarm: ApplicationLabelsSwarmType0 | None
    memory_limit: None | str
    memory_reservation: None | str
    mode_swarm: None | ServiceModeSwarm
    name: str
    network_ids: list[str] | None
    network_swarm: list[NetworkSwarm] | None
    owner: None | str
    password: None | str = _attrs_field(repr=masked)
    placement_swarm: None | PlacementSwarm
    preview_build_args: None | str = _attrs_field(repr=masked)
    preview_build_secrets: None | str = _attrs_field(repr=masked)
    preview_certificate_type: ApplicationPreviewCertificateType
    preview_custom_cert_resolver: None | str
    preview_env: None | str = _attrs_field(repr=masked)
    preview_https: bool
    preview_labels: list[str] | None
    preview_limit: int | None
    preview_path: None | str
    preview_port: int | None
    preview_require_collaborator_permissions: bool | None
    preview_wildcard: None | str
    publish_directory: None | str
    railpack_version: None | str
    refresh_token: None | str = _attrs_field(repr=masked)
    registry_id: None | str
    registry_url: None | str
    replicas: int
    repository: None | str
    restart_policy_swarm: None | RestartPolicySwarm
    rollback_active: bool | None
    rollback_config_swarm: None | UpdateConfigSwarm
    rollback_registry_id: None | str
    server_id: None | str
    source_type: ApplicationSourceType
    stop_grace_period_swarm: int | None
    subtitle: None | str
    title: None | str
    trigger_type: ApplicationTriggerType | None
    ulimits_swarm: list[UlimitSwarm] | None
    update_config_swarm: None | UpdateConfigSwarm
    username: None | str
    watch_paths: list[str] | None
    bitbucket: BitbucketSummary | None | Unset = UNSET
    build_registry: None | RegistrySummary | Unset = UNSET
    deployments: list[Deployment] | Unset = UNSET
    domains: list[Domain] | Unset = UNSET
    environment: Environment | Unset = UNSET
    gitea: GiteaSummary | None | Unset = UNSET
    github: GithubSummary | None | Unset = UNSET
    gitlab: GitlabSummary | None | Unset = UNSET
    has_git_provider_access: bool | Unset = UNSET
    mounts: list[Mount] | Unset = UNSET
    ports: list[Port] | Unset = UNSET
    preview_deployments: list[PreviewDeployments] | Unset = UNSET
    redirects: list[Redirect] | Unset = UNSET
    registry: None | Registry | RegistrySummary | Unset = UNSET
    rollback_registry: None | RegistrySummary | Unset = UNSET
    security: list[Security] | Unset = UNSET
    server: None | Server | Unset = UNSET
    unauthorized_provider: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_labels_swarm_type_0 import ApplicationLabelsSwarmType0  # noqa: PLC0415
        from ..models.bitbucket_summary import BitbucketSummary  # noqa: PLC0415
        from ..models.endpoint_spec_swarm import EndpointSpecSwarm  # noqa: PLC0415
        from ..models.gitea_summary import GiteaSummary  # noqa: PLC0415
        from ..models.github_summary import GithubSummary  # noqa: PLC0415
        from ..models.gitlab_summary import GitlabSummary  # noqa: PLC0415
        from ..models.health_check_swarm import HealthCheckSwarm  # noqa: PLC0415
        from ..models.placement_swarm import PlacementSwarm  # noqa: PLC0415
        from ..models.registry import Registry  # noqa: PLC0415
        from ..models.registry_summary import RegistrySummary  # noqa: PLC0415
        from ..models.restart_policy_swarm import RestartPolicySwarm  # noqa: PLC0415
        from ..models.server import Server  # noqa: PLC0415
        from ..models.service_mode_swarm import ServiceModeSwarm  # noqa: PLC0415
        from ..models.update_config_swarm import UpdateConfigSwarm  # noqa: PLC0415

        app_name = self.app_name

        application_id = self.application_id

        application_status: str = self.application_status

        args: list[str] | None
        if isinstance(self.args, list):
            args = self.args

        else:
            args = self.args

        auto_deploy: bool | None
        auto_deploy = self.auto_deploy

        bitbucket_branch: None | str
        bitbucket_branch = self.bitbucket_branch

        bitbucket_build_path: None | str
        bitbucket_build_path = self.bitbucket_build_path

        bitbucket_id: None | str
        bitbucket_id = self.bitbucket_id

        bitbucket_owner: None | str
        bitbucket_owner = self.bitbucket_owner

        bitbucket_repository: None | str
        bitbucket_repository = self.bitbucket_repository

        bitbucket_repository_slug: None | str
        bitbucket_repository_slug = self.bitbucket_repository_slug

        branch: None | str
        branch = self.branch

        build_args: None | str
        build_args = self.build_args

        build_path: None | str
        build_path = self.build_path

        build_registry_id: None | str
        build_registry_id = self.build_registry_id

        build_secrets: None | str
        build_secrets = self.build_secrets

        build_server_id: None | str
        build_server_id = self.build_server_id

        build_type: str = self.build_type

        clean_cache: bool | None
        clean_cache = self.clean_cache

        command: None | str
        command = self.command

        cpu_limit: None | str
        cpu_limit = self.cpu_limit

        cpu_reservation: None | str
        cpu_reservation = self.cpu_reservation

        create_env_file = self.create_env_file

        created_at = self.created_at

        custom_git_branch: None | str
        custom_git_branch = self.custom_git_branch

        custom_git_build_path: None | str
        custom_git_build_path = self.custom_git_build_path

        custom_git_ssh_key_id: None | str
        custom_git_ssh_key_id = self.custom_git_ssh_key_id

        custom_git_url: None | str
        custom_git_url = self.custom_git_url

        description: None | str
        description = self.description

        detach_dokploy_network = self.detach_dokploy_network

        docker_build_stage: None | str
        docker_build_stage = self.docker_build_stage

        docker_context_path: None | str
        docker_context_path = self.docker_context_path

        docker_image: None | str
        docker_image = self.docker_image

        dockerfile: None | str
        dockerfile = self.dockerfile

        drop_build_path: None | str
        drop_build_path = self.drop_build_path

        enable_submodules = self.enable_submodules

        enabled: bool | None
        enabled = self.enabled

        endpoint_spec_swarm: dict[str, Any] | None
        if isinstance(self.endpoint_spec_swarm, EndpointSpecSwarm):
            endpoint_spec_swarm = self.endpoint_spec_swarm.to_dict()
        else:
            endpoint_spec_swarm = self.endpoint_spec_swarm

        env: None | str
        env = self.env

        environment_id = self.environment_id

        gitea_branch: None | str
        gitea_branch = self.gitea_branch

        gitea_build_path: None | str
        gitea_build_path = self.gitea_build_path

        gitea_id: None | str
        gitea_id = self.gitea_id

        gitea_owner: None | str
        gitea_owner = self.gitea_owner

        gitea_repository: None | str
        gitea_repository = self.gitea_repository

        github_id: None | str
        github_id = self.github_id

        gitlab_branch: None | str
        gitlab_branch = self.gitlab_branch

        gitlab_build_path: None | str
        gitlab_build_path = self.gitlab_build_path

        gitlab_id: None | str
        gitlab_id = self.gitlab_id

        gitlab_owner: None | str
        gitlab_owner = self.gitlab_owner

        gitlab_path_namespace: None | str
        gitlab_path_namespace = self.gitlab_path_namespace

        gitlab_project_id: int | None
        gitlab_project_id = self.gitlab_project_id

        gitlab_repository: None | str
        gitlab_repository = self.gitlab_repository

        health_check_swarm: dict[str, Any] | None
        if isinstance(self.health_check_swarm, HealthCheckSwarm):
            health_check_swarm = self.health_check_swarm.to_dict()
        else:
            health_check_swarm = self.health_check_swarm

        heroku_version: None | str
        heroku_version = self.heroku_version

        icon: None | str
        icon = self.icon

        is_preview_deployments_active: bool | None
        is_preview_deployments_active = self.is_preview_deployments_active

        is_static_spa: bool | None
        is_static_spa = self.is_static_spa

        labels_swarm: dict[str, Any] | None
        if isinstance(self.labels_swarm, ApplicationLabelsSwarmType0):
            labels_swarm = self.labels_swarm.to_dict()
        else:
            labels_swarm = self.labels_swarm

        memory_limit: None | str
        memory_limit = self.memory_limit

        memory_reservation: None | str
        memory_reservation = self.memory_reservation

        mode_swarm: dict[str, Any] | None
        if isinstance(self.mode_swarm, ServiceModeSwarm):
            mode_swarm = self.mode_swarm.to_dict()
        else:
            mode_swarm = self.mode_swarm

        name = self.name

        network_ids: list[str] | None
        if isinstance(self.network_ids, list):
            network_ids = self.network_ids

        else:
            network_ids = self.network_ids

        network_swarm: list[dict[str, Any]] | None
        if isinstance(self.network_swarm, list):
            network_swarm = []
            for network_swarm_type_0_item_data in self.network_swarm:
                network_swarm_type_0_item = network_swarm_type_0_item_data.to_dict()
                network_swarm.append(network_swarm_type_0_item)

        else:
            network_swarm = self.network_swarm

        owner: None | str
        owner = self.owner

        password: None | str
        password = self.password

        placement_swarm: dict[str, Any] | None
        if isinstance(self.placement_swarm, PlacementSwarm):
            placement_swarm = self.placement_swarm.to_dict()
        else:
            placement_swarm = self.placement_swarm

        preview_build_args: None | str
        preview_build_args = self.preview_build_args

        preview_build_secrets: None | str
        preview_build_secrets = self.preview_build_secrets

        preview_certificate_type: str = self.preview_certificate_type

        preview_custom_cert_resolver: None | str
        preview_custom_cert_resolver = self.preview_custom_cert_resolver

        preview_env: None | str
        preview_env = self.preview_env

        preview_https = self.preview_https

        preview_labels: list[str] | None
        if isinstance(self.preview_labels, list):
            preview_labels = self.preview_labels

        else:
            preview_labels = self.preview_labels

        preview_limit: int | None
        preview_limit = self.preview_limit

        preview_path: None | str
        preview_path = self.preview_path

        preview_port: int | None
        preview_port = self.preview_port

        preview_require_collaborator_permissions: bool | None
        preview_require_collaborator_permissions = self.preview_require_collaborator_permissions

        preview_wildcard: None | str
        preview_wildcard = self.preview_wildcard

        publish_directory: None | str
        publish_directory = self.publish_directory

        railpack_version: None | str
        railpack_version = self.railpack_version

        refresh_token: None | str
        refresh_token = self.refresh_token

        registry_id: None | str
        registry_id = self.registry_id

        registry_url: None | str
        registry_url = self.registry_url

        replicas = self.replicas

        repository: None | str
        repository = self.repository

        restart_policy_swarm: dict[str, Any] | None
        if isinstance(self.restart_policy_swarm, RestartPolicySwarm):
            restart_policy_swarm = self.restart_policy_swarm.to_dict()
        else:
            restart_policy_swarm = self.restart_policy_swarm

        rollback_active: bool | None
        rollback_active = self.rollback_active

        rollback_config_swarm: dict[str, Any] | None
        if isinstance(self.rollback_config_swarm, UpdateConfigSwarm):
            rollback_config_swarm = self.rollback_config_swarm.to_dict()
        else:
            rollback_config_swarm = self.rollback_config_swarm

        rollback_registry_id: None | str
        rollback_registry_id = self.rollback_registry_id

        server_id: None | str
        server_id = self.server_id

        source_type: str = self.source_type

        stop_grace_period_swarm: int | None
        stop_grace_period_swarm = self.stop_grace_period_swarm

        subtitle: None | str
        subtitle = self.subtitle

        title: None | str
        title = self.title

        trigger_type: None | str
        if isinstance(self.trigger_type, str):
            trigger_type = self.trigger_type
        else:
            trigger_type = self.trigger_type

        ulimits_swarm: list[dict[str, Any]] | None
        if isinstance(self.ulimits_swarm, list):
            ulimits_swarm = []
            for ulimits_swarm_type_0_item_data in self.ulimits_swarm:
                ulimits_swarm_type_0_item = ulimits_swarm_type_0_item_data.to_dict()
                ulimits_swarm.append(ulimits_swarm_type_0_item)

        else:
            ulimits_swarm = self.ulimits_swarm

        update_config_swarm: dict[str, Any] | None
        if isinstance(self.update_config_swarm, UpdateConfigSwarm):
            update_config_swarm = self.update_config_swarm.to_dict()
        else:
            update_config_swarm = self.update_config_swarm

        username: None | str
        username = self.username

        watch_paths: list[str] | None
        if isinstance(self.watch_paths, list):
            watch_paths = self.watch_paths

        else:
            watch_paths = self.watch_paths

        bitbucket: dict[str, Any] | None | Unset
        if isinstance(self.bitbucket, Unset):
            bitbucket = UNSET
        elif isinstance(self.bitbucket, BitbucketSummary):
            bitbucket = self.bitbucket.to_dict()
        else:
            bitbucket = self.bitbucket

        build_registry: dict[str, Any] | None | Unset
        if isinstance(self.build_registry, Unset):
            build_registry = UNSET
        elif isinstance(self.build_registry, RegistrySummary):
            build_registry = self.build_registry.to_dict()
        else:
            build_registry = self.build_registry

        deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = []
            for deployments_item_data in self.deployments:
                deployments_item = deployments_item_data.to_dict()
                deployments.append(deployments_item)

        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        gitea: dict[str, Any] | None | Unset
        if isinstance(self.gitea, Unset):
            gitea = UNSET
        elif isinstance(self.gitea, GiteaSummary):
            gitea = self.gitea.to_dict()
        else:
            gitea = self.gitea

        github: dict[str, Any] | None | Unset
        if isinstance(self.github, Unset):
            github = UNSET
        elif isinstance(self.github, GithubSummary):
            github = self.github.to_dict()
        else:
            github = self.github

        gitlab: dict[str, Any] | None | Unset
        if isinstance(self.gitlab, Unset):
            gitlab = UNSET
        elif isinstance(self.gitlab, GitlabSummary):
            gitlab = self.gitlab.to_dict()
        else:
            gitlab = self.gitlab

        has_git_provider_access = self.has_git_provider_access

        mounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mounts, Unset):
            mounts = []
            for mounts_item_data in self.mounts:
                mounts_item = mounts_item_data.to_dict()
                mounts.append(mounts_item)

        ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for ports_item_data in self.ports:
                ports_item = ports_item_data.to_dict()
                ports.append(ports_item)

        preview_deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preview_deployments, Unset):
            preview_deployments = []
            for preview_deployments_item_data in self.preview_deployments:
                preview_deployments_item = preview_deployments_item_data.to_dict()
                preview_deployments.append(preview_deployments_item)

        redirects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.redirects, Unset):
            redirects = []
            for redirects_item_data in self.redirects:
                redirects_item = redirects_item_data.to_dict()
                redirects.append(redirects_item)

        registry: dict[str, Any] | None | Unset
        if isinstance(self.registry, Unset):
            registry = UNSET
        elif isinstance(self.registry, RegistrySummary):
            registry = self.registry.to_dict()
        elif isinstance(self.registry, Registry):
            registry = self.registry.to_dict()
        else:
            registry = self.registry

        rollback_registry: dict[str, Any] | None | Unset
        if isinstance(self.rollback_registry, Unset):
            rollback_registry = UNSET
        elif isinstance(self.rollback_registry, RegistrySummary):
            rollback_registry = self.rollback_registry.to_dict()
        else:
            rollback_registry = self.rollback_registry

        security: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = []
            for security_item_data in self.security:
                security_item = security_item_data.to_dict()
                security.append(security_item)

        server: dict[str, Any] | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        elif isinstance(self.server, Server):
            server = self.server.to_dict()
        else:
            server = self.server

        unauthorized_provider: None | str | Unset
        if isinstance(self.unauthorized_provider, Unset):
            unauthorized_provider = UNSET
        else:
            unauthorized_provider = self.unauthorized_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appName": app_name,
                "applicationId": application_id,
                "applicationStatus": application_status,
                "args": args,
                "autoDeploy": auto_deploy,
                "bitbucketBranch": bitbucket_branch,
                "bitbucketBuildPath": bitbucket_build_path,
                "bitbucketId": bitbucket_id,
                "bitbucketOwner": bitbucket_owner,
                "bitbucketRepository": bitbucket_repository,
                "bitbucketRepositorySlug": bitbucket_repository_slug,
                "branch": branch,
                "buildArgs": build_args,
                "buildPath": build_path,
                "buildRegistryId": build_registry_id,
                "buildSecrets": build_secrets,
                "buildServerId": build_server_id,
                "buildType": build_type,
                "cleanCache": clean_cache,
                "command": command,
                "cpuLimit": cpu_limit,
                "cpuReservation": cpu_reservation,
                "createEnvFile": create_env_file,
                "createdAt": created_at,
                "customGitBranch": custom_git_branch,
                "customGitBuildPath": custom_git_build_path,
                "customGitSSHKeyId": custom_git_ssh_key_id,
                "customGitUrl": custom_git_url,
                "description": description,
                "detachDokployNetwork": detach_dokploy_network,
                "dockerBuildStage": docker_build_stage,
                "dockerContextPath": docker_context_path,
                "dockerImage": docker_image,
                "dockerfile": dockerfile,
                "dropBuildPath": drop_build_path,
                "enableSubmodules": enable_submodules,
                "enabled": enabled,
                "endpointSpecSwarm": endpoint_spec_swarm,
                "env": env,
                "environmentId": environment_id,
                "giteaBranch": gitea_branch,
                "giteaBuildPath": gitea_build_path,
                "giteaId": gitea_id,
                "giteaOwner": gitea_owner,
                "giteaRepository": gitea_repository,
                "githubId": github_id,
                "gitlabBranch": gitlab_branch,
                "gitlabBuildPath": gitlab_build_path,
                "gitlabId": gitlab_id,
                "gitlabOwner": gitlab_owner,
                "gitlabPathNamespace": gitlab_path_namespace,
                "gitlabProjectId": gitlab_project_id,
                "gitlabRepository": gitlab_repository,
                "healthCheckSwarm": health_check_swarm,
                "herokuVersion": heroku_version,
                "icon": icon,
                "isPreviewDeploymentsActive": is_preview_deployments_active,
                "isStaticSpa": is_static_spa,
                "labelsSwarm": labels_swarm,
                "memoryLimit": memory_limit,
                "memoryReservation": memory_reservation,
                "modeSwarm": mode_swarm,
                "name": name,
                "networkIds": network_ids,
                "networkSwarm": network_swarm,
                "owner": owner,
                "password": password,
                "placementSwarm": placement_swarm,
                "previewBuildArgs": preview_build_args,
                "previewBuildSecrets": preview_build_secrets,
                "previewCertificateType": preview_certificate_type,
                "previewCustomCertResolver": preview_custom_cert_resolver,
                "previewEnv": preview_env,
                "previewHttps": preview_https,
                "previewLabels": preview_labels,
                "previewLimit": preview_limit,
                "previewPath": preview_path,
                "previewPort": preview_port,
                "previewRequireCollaboratorPermissions": preview_require_collaborator_permissions,
                "previewWildcard": preview_wildcard,
                "publishDirectory": publish_directory,
                "railpackVersion": railpack_version,
                "refreshToken": refresh_token,
                "registryId": registry_id,
                "registryUrl": registry_url,
                "replicas": replicas,
                "repository": repository,
                "restartPolicySwarm": restart_policy_swarm,
                "rollbackActive": rollback_active,
                "rollbackConfigSwarm": rollback_config_swarm,
                "rollbackRegistryId": rollback_registry_id,
                "serverId": server_id,
                "sourceType": source_type,
                "stopGracePeriodSwarm": stop_grace_period_swarm,
                "subtitle": subtitle,
                "title": title,
                "triggerType": trigger_type,
                "ulimitsSwarm": ulimits_swarm,
                "updateConfigSwarm": update_config_swarm,
                "username": username,
                "watchPaths": watch_paths,
            }
        )
        if bitbucket is not UNSET:
            field_dict["bitbucket"] = bitbucket
        if build_registry is not UNSET:
            field_dict["buildRegistry"] = build_registry
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if domains is not UNSET:
            field_dict["domains"] = domains
        if environment is not UNSET:
            field_dict["environment"] = environment
        if gitea is not UNSET:
            field_dict["gitea"] = gitea
        if github is not UNSET:
            field_dict["github"] = github
        if gitlab is not UNSET:
            field_dict["gitlab"] = gitlab
        if has_git_provider_access is not UNSET:
            field_dict["hasGitProviderAccess"] = has_git_provider_access
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if ports is not UNSET:
            field_dict["ports"] = ports
        if preview_deployments is not UNSET:
            field_dict["previewDeployments"] = preview_deployments
        if redirects is not UNSET:
            field_dict["redirects"] = redirects
        if registry is not UNSET:
            field_dict["registry"] = registry
        if rollback_registry is not UNSET:
            field_dict["rollbackRegistry"] = rollback_registry
        if security is not UNSET:
            field_dict["security"] = security
        if server is not UNSET:
            field_dict["server"] = server
        if unauthorized_provider is not UNSET:
            field_dict["unauthorizedProvider"] = unauthorized_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_labels_swarm_type_0 import ApplicationLabelsSwarmType0  # noqa: PLC0415
        from ..models.bitbucket_summary import BitbucketSummary  # noqa: PLC0415
        from ..models.deployment import Deployment  # noqa: PLC0415
        from ..models.domain import Domain  # noqa: PLC0415
        from ..models.endpoint_spec_swarm import EndpointSpecSwarm  # noqa: PLC0415
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.gitea_summary import GiteaSummary  # noqa: PLC0415
        from ..models.github_summary import GithubSummary  # noqa: PLC0415
        from ..models.gitlab_summary import GitlabSummary  # noqa: PLC0415
        from ..models.health_check_swarm import HealthCheckSwarm  # noqa: PLC0415
        from ..models.mount import Mount  # noqa: PLC0415
        from ..models.network_swarm import NetworkSwarm  # noqa: PLC0415
        from ..models.placement_swarm import PlacementSwarm  # noqa: PLC0415
        from ..models.port import Port  # noqa: PLC0415
        from ..models.preview_deployments import PreviewDeployments  # noqa: PLC0415
        from ..models.redirect import Redirect  # noqa: PLC0415
        from ..models.registry import Registry  # noqa: PLC0415
        from ..models.registry_summary import RegistrySummary  # noqa: PLC0415
        from ..models.restart_policy_swarm import RestartPolicySwarm  # noqa: PLC0415
        from ..models.security import Security  # noqa: PLC0415
        from ..models.server import Server  # noqa: PLC0415
        from ..models.service_mode_swarm import ServiceModeSwarm  # noqa: PLC0415
        from ..models.ulimit_swarm import UlimitSwarm  # noqa: PLC0415
        from ..models.update_config_swarm import UpdateConfigSwarm  # noqa: PLC0415

        d = dict(src_dict)
        app_name = d.pop("appName")

        application_id = d.pop("applicationId")

        application_status = check_application_application_status(d.pop("applicationStatus"))

        def _parse_args(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                args_type_0 = cast(list[str], data)

                return args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        args = _parse_args(d.pop("args"))

        def _parse_auto_deploy(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        auto_deploy = _parse_auto_deploy(d.pop("autoDeploy"))

        def _parse_bitbucket_branch(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_branch = _parse_bitbucket_branch(d.pop("bitbucketBranch"))

        def _parse_bitbucket_build_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_build_path = _parse_bitbucket_build_path(d.pop("bitbucketBuildPath"))

        def _parse_bitbucket_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_id = _parse_bitbucket_id(d.pop("bitbucketId"))

        def _parse_bitbucket_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_owner = _parse_bitbucket_owner(d.pop("bitbucketOwner"))

        def _parse_bitbucket_repository(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_repository = _parse_bitbucket_repository(d.pop("bitbucketRepository"))

        def _parse_bitbucket_repository_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_repository_slug = _parse_bitbucket_repository_slug(
            d.pop("bitbucketRepositorySlug")
        )

        def _parse_branch(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        branch = _parse_branch(d.pop("branch"))

        def _parse_build_args(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_args = _parse_build_args(d.pop("buildArgs"))

        def _parse_build_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_path = _parse_build_path(d.pop("buildPath"))

        def _parse_build_registry_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_registry_id = _parse_build_registry_id(d.pop("buildRegistryId"))

        def _parse_build_secrets(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_secrets = _parse_build_secrets(d.pop("buildSecrets"))

        def _parse_build_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_server_id = _parse_build_server_id(d.pop("buildServerId"))

        build_type = check_application_build_type(d.pop("buildType"))

        def _parse_clean_cache(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        clean_cache = _parse_clean_cache(d.pop("cleanCache"))

        def _parse_command(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        command = _parse_command(d.pop("command"))

        def _parse_cpu_limit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cpu_limit = _parse_cpu_limit(d.pop("cpuLimit"))

        def _parse_cpu_reservation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cpu_reservation = _parse_cpu_reservation(d.pop("cpuReservation"))

        create_env_file = d.pop("createEnvFile")

        created_at = d.pop("createdAt")

        def _parse_custom_git_branch(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_git_branch = _parse_custom_git_branch(d.pop("customGitBranch"))

        def _parse_custom_git_build_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_git_build_path = _parse_custom_git_build_path(d.pop("customGitBuildPath"))

        def _parse_custom_git_ssh_key_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_git_ssh_key_id = _parse_custom_git_ssh_key_id(d.pop("customGitSSHKeyId"))

        def _parse_custom_git_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_git_url = _parse_custom_git_url(d.pop("customGitUrl"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        detach_dokploy_network = d.pop("detachDokployNetwork")

        def _parse_docker_build_stage(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        docker_build_stage = _parse_docker_build_stage(d.pop("dockerBuildStage"))

        def _parse_docker_context_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        docker_context_path = _parse_docker_context_path(d.pop("dockerContextPath"))

        def _parse_docker_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        docker_image = _parse_docker_image(d.pop("dockerImage"))

        def _parse_dockerfile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dockerfile = _parse_dockerfile(d.pop("dockerfile"))

        def _parse_drop_build_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        drop_build_path = _parse_drop_build_path(d.pop("dropBuildPath"))

        enable_submodules = d.pop("enableSubmodules")

        def _parse_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        enabled = _parse_enabled(d.pop("enabled"))

        def _parse_endpoint_spec_swarm(data: object) -> EndpointSpecSwarm | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_spec_swarm_type_0 = EndpointSpecSwarm.from_dict(data)

                return endpoint_spec_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointSpecSwarm | None, data)

        endpoint_spec_swarm = _parse_endpoint_spec_swarm(d.pop("endpointSpecSwarm"))

        def _parse_env(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        env = _parse_env(d.pop("env"))

        environment_id = d.pop("environmentId")

        def _parse_gitea_branch(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitea_branch = _parse_gitea_branch(d.pop("giteaBranch"))

        def _parse_gitea_build_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitea_build_path = _parse_gitea_build_path(d.pop("giteaBuildPath"))

        def _parse_gitea_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitea_id = _parse_gitea_id(d.pop("giteaId"))

        def _parse_gitea_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitea_owner = _parse_gitea_owner(d.pop("giteaOwner"))

        def _parse_gitea_repository(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitea_repository = _parse_gitea_repository(d.pop("giteaRepository"))

        def _parse_github_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        github_id = _parse_github_id(d.pop("githubId"))

        def _parse_gitlab_branch(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_branch = _parse_gitlab_branch(d.pop("gitlabBranch"))

        def _parse_gitlab_build_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_build_path = _parse_gitlab_build_path(d.pop("gitlabBuildPath"))

        def _parse_gitlab_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_id = _parse_gitlab_id(d.pop("gitlabId"))

        def _parse_gitlab_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_owner = _parse_gitlab_owner(d.pop("gitlabOwner"))

        def _parse_gitlab_path_namespace(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_path_namespace = _parse_gitlab_path_namespace(d.pop("gitlabPathNamespace"))

        def _parse_gitlab_project_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        gitlab_project_id = _parse_gitlab_project_id(d.pop("gitlabProjectId"))

        def _parse_gitlab_repository(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gitlab_repository = _parse_gitlab_repository(d.pop("gitlabRepository"))

        def _parse_health_check_swarm(data: object) -> HealthCheckSwarm | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                health_check_swarm_type_0 = HealthCheckSwarm.from_dict(data)

                return health_check_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HealthCheckSwarm | None, data)

        health_check_swarm = _parse_health_check_swarm(d.pop("healthCheckSwarm"))

        def _parse_heroku_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        heroku_version = _parse_heroku_version(d.pop("herokuVersion"))

        def _parse_icon(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        icon = _parse_icon(d.pop("icon"))

        def _parse_is_preview_deployments_active(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_preview_deployments_active = _parse_is_preview_deployments_active(
            d.pop("isPreviewDeploymentsActive")
        )

        def _parse_is_static_spa(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_static_spa = _parse_is_static_spa(d.pop("isStaticSpa"))

        def _parse_labels_swarm(data: object) -> ApplicationLabelsSwarmType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_swarm_type_0 = ApplicationLabelsSwarmType0.from_dict(data)

                return labels_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationLabelsSwarmType0 | None, data)

        labels_swarm = _parse_labels_swarm(d.pop("labelsSwarm"))

        def _parse_memory_limit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        memory_limit = _parse_memory_limit(d.pop("memoryLimit"))

        def _parse_memory_reservation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        memory_reservation = _parse_memory_reservation(d.pop("memoryReservation"))

        def _parse_mode_swarm(data: object) -> None | ServiceModeSwarm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mode_swarm_type_0 = ServiceModeSwarm.from_dict(data)

                return mode_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceModeSwarm, data)

        mode_swarm = _parse_mode_swarm(d.pop("modeSwarm"))

        name = d.pop("name")

        def _parse_network_ids(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                network_ids_type_0 = cast(list[str], data)

                return network_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        network_ids = _parse_network_ids(d.pop("networkIds"))

        def _parse_network_swarm(data: object) -> list[NetworkSwarm] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                network_swarm_type_0 = []
                _network_swarm_type_0 = data
                for network_swarm_type_0_item_data in _network_swarm_type_0:
                    network_swarm_type_0_item = NetworkSwarm.from_dict(
                        network_swarm_type_0_item_data
                    )

                    network_swarm_type_0.append(network_swarm_type_0_item)

                return network_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NetworkSwarm] | None, data)

        network_swarm = _parse_network_swarm(d.pop("networkSwarm"))

        def _parse_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner = _parse_owner(d.pop("owner"))

        def _parse_password(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        password = _parse_password(d.pop("password"))

        def _parse_placement_swarm(data: object) -> None | PlacementSwarm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                placement_swarm_type_0 = PlacementSwarm.from_dict(data)

                return placement_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlacementSwarm, data)

        placement_swarm = _parse_placement_swarm(d.pop("placementSwarm"))

        def _parse_preview_build_args(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preview_build_args = _parse_preview_build_args(d.pop("previewBuildArgs"))

        def _parse_preview_build_secrets(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preview_build_secrets = _parse_preview_build_secrets(d.pop("previewBuildSecrets"))

        preview_certificate_type = check_application_preview_certificate_type(
            d.pop("previewCertificateType")
        )

        def _parse_preview_custom_cert_resolver(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preview_custom_cert_resolver = _parse_preview_custom_cert_resolver(
            d.pop("previewCustomCertResolver")
        )

        def _parse_preview_env(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preview_env = _parse_preview_env(d.pop("previewEnv"))

        preview_https = d.pop("previewHttps")

        def _parse_preview_labels(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                preview_labels_type_0 = cast(list[str], data)

                return preview_labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        preview_labels = _parse_preview_labels(d.pop("previewLabels"))

        def _parse_preview_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        preview_limit = _parse_preview_limit(d.pop("previewLimit"))

        def _parse_preview_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preview_path = _parse_preview_path(d.pop("previewPath"))

        def _parse_preview_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        preview_port = _parse_preview_port(d.pop("previewPort"))

        def _parse_preview_require_collaborator_permissions(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        preview_require_collaborator_permissions = _parse_preview_require_collaborator_permissions(
            d.pop("previewRequireCollaboratorPermissions")
        )

        def _parse_preview_wildcard(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        preview_wildcard = _parse_preview_wildcard(d.pop("previewWildcard"))

        def _parse_publish_directory(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        publish_directory = _parse_publish_directory(d.pop("publishDirectory"))

        def _parse_railpack_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        railpack_version = _parse_railpack_version(d.pop("railpackVersion"))

        def _parse_refresh_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refresh_token = _parse_refresh_token(d.pop("refreshToken"))

        def _parse_registry_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registry_id = _parse_registry_id(d.pop("registryId"))

        def _parse_registry_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registry_url = _parse_registry_url(d.pop("registryUrl"))

        replicas = d.pop("replicas")

        def _parse_repository(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        repository = _parse_repository(d.pop("repository"))

        def _parse_restart_policy_swarm(data: object) -> None | RestartPolicySwarm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                restart_policy_swarm_type_0 = RestartPolicySwarm.from_dict(data)

                return restart_policy_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RestartPolicySwarm, data)

        restart_policy_swarm = _parse_restart_policy_swarm(d.pop("restartPolicySwarm"))

        def _parse_rollback_active(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        rollback_active = _parse_rollback_active(d.pop("rollbackActive"))

        def _parse_rollback_config_swarm(data: object) -> None | UpdateConfigSwarm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rollback_config_swarm_type_0 = UpdateConfigSwarm.from_dict(data)

                return rollback_config_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UpdateConfigSwarm, data)

        rollback_config_swarm = _parse_rollback_config_swarm(d.pop("rollbackConfigSwarm"))

        def _parse_rollback_registry_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rollback_registry_id = _parse_rollback_registry_id(d.pop("rollbackRegistryId"))

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        source_type = check_application_source_type(d.pop("sourceType"))

        def _parse_stop_grace_period_swarm(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        stop_grace_period_swarm = _parse_stop_grace_period_swarm(d.pop("stopGracePeriodSwarm"))

        def _parse_subtitle(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subtitle = _parse_subtitle(d.pop("subtitle"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_trigger_type(data: object) -> ApplicationTriggerType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trigger_type_trigger_type = check_application_trigger_type(data)

                return trigger_type_trigger_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationTriggerType | None, data)

        trigger_type = _parse_trigger_type(d.pop("triggerType"))

        def _parse_ulimits_swarm(data: object) -> list[UlimitSwarm] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ulimits_swarm_type_0 = []
                _ulimits_swarm_type_0 = data
                for ulimits_swarm_type_0_item_data in _ulimits_swarm_type_0:
                    ulimits_swarm_type_0_item = UlimitSwarm.from_dict(
                        ulimits_swarm_type_0_item_data
                    )

                    ulimits_swarm_type_0.append(ulimits_swarm_type_0_item)

                return ulimits_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UlimitSwarm] | None, data)

        ulimits_swarm = _parse_ulimits_swarm(d.pop("ulimitsSwarm"))

        def _parse_update_config_swarm(data: object) -> None | UpdateConfigSwarm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                update_config_swarm_type_0 = UpdateConfigSwarm.from_dict(data)

                return update_config_swarm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UpdateConfigSwarm, data)

        update_config_swarm = _parse_update_config_swarm(d.pop("updateConfigSwarm"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        def _parse_watch_paths(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                watch_paths_type_0 = cast(list[str], data)

                return watch_paths_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        watch_paths = _parse_watch_paths(d.pop("watchPaths"))

        def _parse_bitbucket(data: object) -> BitbucketSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bitbucket_type_0 = BitbucketSummary.from_dict(data)

                return bitbucket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BitbucketSummary | None | Unset, data)

        bitbucket = _parse_bitbucket(d.pop("bitbucket", UNSET))

        def _parse_build_registry(data: object) -> None | RegistrySummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                build_registry_type_0 = RegistrySummary.from_dict(data)

                return build_registry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegistrySummary | Unset, data)

        build_registry = _parse_build_registry(d.pop("buildRegistry", UNSET))

        _deployments = d.pop("deployments", UNSET)
        deployments: list[Deployment] | Unset = UNSET
        if _deployments is not UNSET:
            deployments = []
            for deployments_item_data in _deployments:
                deployments_item = Deployment.from_dict(deployments_item_data)

                deployments.append(deployments_item)

        _domains = d.pop("domains", UNSET)
        domains: list[Domain] | Unset = UNSET
        if _domains is not UNSET:
            domains = []
            for domains_item_data in _domains:
                domains_item = Domain.from_dict(domains_item_data)

                domains.append(domains_item)

        _environment = d.pop("environment", UNSET)
        environment: Environment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = Environment.from_dict(_environment)

        def _parse_gitea(data: object) -> GiteaSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gitea_type_0 = GiteaSummary.from_dict(data)

                return gitea_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GiteaSummary | None | Unset, data)

        gitea = _parse_gitea(d.pop("gitea", UNSET))

        def _parse_github(data: object) -> GithubSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                github_type_0 = GithubSummary.from_dict(data)

                return github_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GithubSummary | None | Unset, data)

        github = _parse_github(d.pop("github", UNSET))

        def _parse_gitlab(data: object) -> GitlabSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gitlab_type_0 = GitlabSummary.from_dict(data)

                return gitlab_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GitlabSummary | None | Unset, data)

        gitlab = _parse_gitlab(d.pop("gitlab", UNSET))

        has_git_provider_access = d.pop("hasGitProviderAccess", UNSET)

        _mounts = d.pop("mounts", UNSET)
        mounts: list[Mount] | Unset = UNSET
        if _mounts is not UNSET:
            mounts = []
            for mounts_item_data in _mounts:
                mounts_item = Mount.from_dict(mounts_item_data)

                mounts.append(mounts_item)

        _ports = d.pop("ports", UNSET)
        ports: list[Port] | Unset = UNSET
        if _ports is not UNSET:
            ports = []
            for ports_item_data in _ports:
                ports_item = Port.from_dict(ports_item_data)

                ports.append(ports_item)

        _preview_deployments = d.pop("previewDeployments", UNSET)
        preview_deployments: list[PreviewDeployments] | Unset = UNSET
        if _preview_deployments is not UNSET:
            preview_deployments = []
            for preview_deployments_item_data in _preview_deployments:
                preview_deployments_item = PreviewDeployments.from_dict(
                    preview_deployments_item_data
                )

                preview_deployments.append(preview_deployments_item)

        _redirects = d.pop("redirects", UNSET)
        redirects: list[Redirect] | Unset = UNSET
        if _redirects is not UNSET:
            redirects = []
            for redirects_item_data in _redirects:
                redirects_item = Redirect.from_dict(redirects_item_data)

                redirects.append(redirects_item)

        def _parse_registry(data: object) -> None | Registry | RegistrySummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registry_type_0 = RegistrySummary.from_dict(data)

                return registry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registry_type_2 = Registry.from_dict(data)

                return registry_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Registry | RegistrySummary | Unset, data)

        registry = _parse_registry(d.pop("registry", UNSET))

        def _parse_rollback_registry(data: object) -> None | RegistrySummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rollback_registry_type_0 = RegistrySummary.from_dict(data)

                return rollback_registry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegistrySummary | Unset, data)

        rollback_registry = _parse_rollback_registry(d.pop("rollbackRegistry", UNSET))

        _security = d.pop("security", UNSET)
        security: list[Security] | Unset = UNSET
        if _security is not UNSET:
            security = []
            for security_item_data in _security:
                security_item = Security.from_dict(security_item_data)

                security.append(security_item)

        def _parse_server(data: object) -> None | Server | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_0 = Server.from_dict(data)

                return server_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Server | Unset, data)

        server = _parse_server(d.pop("server", UNSET))

        def _parse_unauthorized_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unauthorized_provider = _parse_unauthorized_provider(d.pop("unauthorizedProvider", UNSET))

        application = cls(
            app_name=app_name,
            application_id=application_id,
            application_status=application_status,
            args=args,
            auto_deploy=auto_deploy,
            bitbucket_branch=bitbucket_branch,
            bitbucket_build_path=bitbucket_build_path,
            bitbucket_id=bitbucket_id,
            bitbucket_owner=bitbucket_owner,
            bitbucket_repository=bitbucket_repository,
            bitbucket_repository_slug=bitbucket_repository_slug,
            branch=branch,
            build_args=build_args,
            build_path=build_path,
            build_registry_id=build_registry_id,
            build_secrets=build_secrets,
            build_server_id=build_server_id,
            build_type=build_type,
            clean_cache=clean_cache,
            command=command,
            cpu_limit=cpu_limit,
            cpu_reservation=cpu_reservation,
            create_env_file=create_env_file,
            created_at=created_at,
            custom_git_branch=custom_git_branch,
            custom_git_build_path=custom_git_build_path,
            custom_git_ssh_key_id=custom_git_ssh_key_id,
            custom_git_url=custom_git_url,
            description=description,
            detach_dokploy_network=detach_dokploy_network,
            docker_build_stage=docker_build_stage,
            docker_context_path=docker_context_path,
            docker_image=docker_image,
            dockerfile=dockerfile,
            drop_build_path=drop_build_path,
            enable_submodules=enable_submodules,
            enabled=enabled,
            endpoint_spec_swarm=endpoint_spec_swarm,
            env=env,
            environment_id=environment_id,
            gitea_branch=gitea_branch,
            gitea_build_path=gitea_build_path,
            gitea_id=gitea_id,
            gitea_owner=gitea_owner,
            gitea_repository=gitea_repository,
            github_id=github_id,
            gitlab_branch=gitlab_branch,
            gitlab_build_path=gitlab_build_path,
            gitlab_id=gitlab_id,
            gitlab_owner=gitlab_owner,
            gitlab_path_namespace=gitlab_path_namespace,
            gitlab_project_id=gitlab_project_id,
            gitlab_repository=gitlab_repository,
            health_check_swarm=health_check_swarm,
            heroku_version=heroku_version,
            icon=icon,
            is_preview_deployments_active=is_preview_deployments_active,
            is_static_spa=is_static_spa,
            labels_swarm=labels_swarm,
            memory_limit=memory_limit,
            memory_reservation=memory_reservation,
            mode_swarm=mode_swarm,
            name=name,
            network_ids=network_ids,
            network_swarm=network_swarm,
            owner=owner,
            password=password,
            placement_swarm=placement_swarm,
            preview_build_args=preview_build_args,
            preview_build_secrets=preview_build_secrets,
            preview_certificate_type=preview_certificate_type,
            preview_custom_cert_resolver=preview_custom_cert_resolver,
            preview_env=preview_env,
            preview_https=preview_https,
            preview_labels=preview_labels,
            preview_limit=preview_limit,
            preview_path=preview_path,
            preview_port=preview_port,
            preview_require_collaborator_permissions=preview_require_collaborator_permissions,
            preview_wildcard=preview_wildcard,
            publish_directory=publish_directory,
            railpack_version=railpack_version,
            refresh_token=refresh_token,
            registry_id=registry_id,
            registry_url=registry_url,
            replicas=replicas,
            repository=repository,
            restart_policy_swarm=restart_policy_swarm,
            rollback_active=rollback_active,
            rollback_config_swarm=rollback_config_swarm,
            rollback_registry_id=rollback_registry_id,
            server_id=server_id,
            source_type=source_type,
            stop_grace_period_swarm=stop_grace_period_swarm,
            subtitle=subtitle,
            title=title,
            trigger_type=trigger_type,
            ulimits_swarm=ulimits_swarm,
            update_config_swarm=update_config_swarm,
            username=username,
            watch_paths=watch_paths,
            bitbucket=bitbucket,
            build_registry=build_registry,
            deployments=deployments,
            domains=domains,
            environment=environment,
            gitea=gitea,
            github=github,
            gitlab=gitlab,
            has_git_provider_access=has_git_provider_access,
            mounts=mounts,
            ports=ports,
            preview_deployments=preview_deployments,
            redirects=redirects,
            registry=registry,
            rollback_registry=rollback_registry,
            security=security,
            server=server,
            unauthorized_provider=unauthorized_provider,
        )

        application.additional_properties = d
        return application

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
