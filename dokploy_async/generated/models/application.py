from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.deployment import Deployment
    from ..models.domain import Domain
    from ..models.environment import Environment
    from ..models.mount import Mount
    from ..models.port import Port
    from ..models.redirect import Redirect
    from ..models.security import Security
    from ..models.server import Server


T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """An application service. application.one nests its environment (with project), domains, deployments, mounts,
    redirects, security, ports; project.all may nest partial records.

        Attributes:
            application_id (str | Unset):
            name (str | Unset):
            app_name (str | Unset):
            description (None | str | Unset):
            env (None | str | Unset):
            preview_env (None | str | Unset):
            watch_paths (list[str] | None | Unset):
            preview_build_args (None | str | Unset):
            preview_build_secrets (None | str | Unset):
            preview_labels (list[str] | None | Unset):
            preview_wildcard (None | str | Unset):
            preview_port (int | None | Unset):
            preview_https (bool | Unset):
            preview_path (None | str | Unset):
            preview_certificate_type (str | Unset): one of: letsencrypt, none, custom (others may appear)
            preview_custom_cert_resolver (None | str | Unset):
            preview_limit (int | None | Unset):
            is_preview_deployments_active (bool | None | Unset):
            preview_require_collaborator_permissions (bool | None | Unset):
            rollback_active (bool | None | Unset):
            build_args (None | str | Unset):
            build_secrets (None | str | Unset):
            memory_reservation (None | str | Unset):
            memory_limit (None | str | Unset):
            cpu_reservation (None | str | Unset):
            cpu_limit (None | str | Unset):
            title (None | str | Unset):
            enabled (bool | None | Unset):
            subtitle (None | str | Unset):
            command (None | str | Unset):
            args (list[str] | None | Unset):
            icon (None | str | Unset):
            refresh_token (None | str | Unset):
            source_type (str | Unset): one of: github, docker, git, gitlab, bitbucket, gitea, drop (others may appear)
            clean_cache (bool | None | Unset):
            repository (None | str | Unset):
            owner (None | str | Unset):
            branch (None | str | Unset):
            build_path (None | str | Unset):
            trigger_type (None | str | Unset): one of: push, tag (others may appear)
            auto_deploy (bool | None | Unset):
            gitlab_project_id (int | None | Unset):
            gitlab_repository (None | str | Unset):
            gitlab_owner (None | str | Unset):
            gitlab_branch (None | str | Unset):
            gitlab_build_path (None | str | Unset):
            gitlab_path_namespace (None | str | Unset):
            gitea_repository (None | str | Unset):
            gitea_owner (None | str | Unset):
            gitea_branch (None | str | Unset):
            gitea_build_path (None | str | Unset):
            bitbucket_repository (None | str | Unset):
            bitbucket_repository_slug (None | str | Unset):
            bitbucket_owner (None | str | Unset):
            bitbucket_branch (None | str | Unset):
            bitbucket_build_path (None | str | Unset):
            username (None | str | Unset):
            password (None | str | Unset):
            docker_image (None | str | Unset):
            registry_url (None | str | Unset):
            custom_git_url (None | str | Unset):
            custom_git_branch (None | str | Unset):
            custom_git_build_path (None | str | Unset):
            custom_git_ssh_key_id (None | str | Unset):
            enable_submodules (bool | Unset):
            dockerfile (None | str | Unset):
            docker_context_path (None | str | Unset):
            docker_build_stage (None | str | Unset):
            drop_build_path (None | str | Unset):
            health_check_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
            restart_policy_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
            placement_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
            update_config_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
            rollback_config_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
            mode_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
            labels_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
            network_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
            stop_grace_period_swarm (int | None | Unset):
            endpoint_spec_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
            ulimits_swarm (Any | Unset): Docker Swarm setting as sent by the server (open JSON), or null.
            replicas (int | Unset):
            application_status (str | Unset): idle, running, done or error (others may appear)
            build_type (str | Unset): one of: dockerfile, heroku_buildpacks, paketo_buildpacks, nixpacks, static, railpack
                (others may appear)
            railpack_version (None | str | Unset):
            heroku_version (None | str | Unset):
            publish_directory (None | str | Unset):
            is_static_spa (bool | None | Unset):
            create_env_file (bool | Unset):
            created_at (str | Unset):
            registry_id (None | str | Unset):
            rollback_registry_id (None | str | Unset):
            environment_id (str | Unset):
            github_id (None | str | Unset):
            gitlab_id (None | str | Unset):
            gitea_id (None | str | Unset):
            bitbucket_id (None | str | Unset):
            server_id (None | str | Unset):
            build_server_id (None | str | Unset):
            build_registry_id (None | str | Unset):
            network_ids (list[str] | None | Unset):
            detach_dokploy_network (bool | Unset):
            environment (Environment | Unset): An environment of a project (a default "production" one is created with the
                project). Reads nest its services; environment.one and environment.byProjectId nest the project.
            domains (list[Domain] | Unset):
            deployments (list[Deployment] | Unset):
            mounts (list[Mount] | Unset):
            redirects (list[Redirect] | Unset):
            security (list[Security] | Unset):
            ports (list[Port] | Unset):
            gitlab (Any | Unset): The linked GitLab provider, or null (open JSON).
            github (Any | Unset): The linked GitHub provider, or null (open JSON).
            bitbucket (Any | Unset): The linked Bitbucket provider, or null (open JSON).
            gitea (Any | Unset): The linked Gitea provider, or null (open JSON).
            server (None | Server | Unset):
            preview_deployments (list[Any] | Unset): Preview deployments (shape not captured).
            registry (Any | Unset): The registry, or null (open JSON).
            build_registry (Any | Unset): The build registry, or null (open JSON).
            rollback_registry (Any | Unset): The rollback registry, or null (open JSON).
            has_git_provider_access (bool | Unset):
            unauthorized_provider (Any | Unset): Which git provider the caller may not use, or null (open JSON).
    """

    application_id: str | Unset = UNSET
    name: str | Unset = UNSET
    app_name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    env: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    preview_env: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    watch_paths: list[str] | None | Unset = UNSET
    preview_build_args: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    preview_build_secrets: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    preview_labels: list[str] | None | Unset = UNSET
    preview_wildcard: None | str | Unset = UNSET
    preview_port: int | None | Unset = UNSET
    preview_https: bool | Unset = UNSET
    preview_path: None | str | Unset = UNSET
    preview_certificate_type: str | Unset = UNSET
    preview_custom_cert_resolver: None | str | Unset = UNSET
    preview_limit: int | None | Unset = UNSET
    is_preview_deployments_active: bool | None | Unset = UNSET
    preview_require_collaborator_permissions: bool | None | Unset = UNSET
    rollback_active: bool | None | Unset = UNSET
    build_args: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    build_secrets: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    memory_reservation: None | str | Unset = UNSET
    memory_limit: None | str | Unset = UNSET
    cpu_reservation: None | str | Unset = UNSET
    cpu_limit: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    subtitle: None | str | Unset = UNSET
    command: None | str | Unset = UNSET
    args: list[str] | None | Unset = UNSET
    icon: None | str | Unset = UNSET
    refresh_token: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    source_type: str | Unset = UNSET
    clean_cache: bool | None | Unset = UNSET
    repository: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    branch: None | str | Unset = UNSET
    build_path: None | str | Unset = UNSET
    trigger_type: None | str | Unset = UNSET
    auto_deploy: bool | None | Unset = UNSET
    gitlab_project_id: int | None | Unset = UNSET
    gitlab_repository: None | str | Unset = UNSET
    gitlab_owner: None | str | Unset = UNSET
    gitlab_branch: None | str | Unset = UNSET
    gitlab_build_path: None | str | Unset = UNSET
    gitlab_path_namespace: None | str | Unset = UNSET
    gitea_repository: None | str | Unset = UNSET
    gitea_owner: None | str | Unset = UNSET
    gitea_branch: None | str | Unset = UNSET
    gitea_build_path: None | str | Unset = UNSET
    bitbucket_repository: None | str | Unset = UNSET
    bitbucket_repository_slug: None | str | Unset = UNSET
    bitbucket_owner: None | str | Unset = UNSET
    bitbucket_branch: None | str | Unset = UNSET
    bitbucket_build_path: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    docker_image: None | str | Unset = UNSET
    registry_url: None | str | Unset = UNSET
    custom_git_url: None | str | Unset = UNSET
    custom_git_branch: None | str | Unset = UNSET
    custom_git_build_path: None | str | Unset = UNSET
    custom_git_ssh_key_id: None | str | Unset = UNSET
    enable_submodules: bool | Unset = UNSET
    dockerfile: None | str | Unset = UNSET
    docker_context_path: None | str | Unset = UNSET
    docker_build_stage: None | str | Unset = UNSET
    drop_build_path: None | str | Unset = UNSET
    health_check_swarm: Any | Unset = UNSET
    restart_policy_swarm: Any | Unset = UNSET
    placement_swarm: Any | Unset = UNSET
    update_config_swarm: Any | Unset = UNSET
    rollback_config_swarm: Any | Unset = UNSET
    mode_swarm: Any | Unset = UNSET
    labels_swarm: Any | Unset = UNSET
    network_swarm: Any | Unset = UNSET
    stop_grace_period_swarm: int | None | Unset = UNSET
    endpoint_spec_swarm: Any | Unset = UNSET
    ulimits_swarm: Any | Unset = UNSET
    replicas: int | Unset = UNSET
    application_status: str | Unset = UNSET
    build_type: str | Unset = UNSET
    railpack_version: None | str | Unset = UNSET
    heroku_version: None | str | Unset = UNSET
    publish_directory: None | str | Unset = UNSET
    is_static_spa: bool | None | Unset = UNSET
    create_env_file: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    registry_id: None | str | Unset = UNSET
    rollback_registry_id: None | str | Unset = UNSET
    environment_id: str | Unset = UNSET
    github_id: None | str | Unset = UNSET
    gitlab_id: None | str | Unset = UNSET
    gitea_id: None | str | Unset = UNSET
    bitbucket_id: None | str | Unset = UNSET
    server_id: None | str | Unset = UNSET
    build_server_id: None | str | Unset = UNSET
    build_registry_id: None | str | Unset = UNSET
    network_ids: list[str] | None | Unset = UNSET
    detach_dokploy_network: bool | Unset = UNSET
    environment: Environment | Unset = UNSET
    domains: list[Domain] | Unset = UNSET
    deployments: list[Deployment] | Unset = UNSET
    mounts: list[Mount] | Unset = UNSET
    redirects: list[Redirect] | Unset = UNSET
    security: list[Security] | Unset = UNSET
    ports: list[Port] | Unset = UNSET
    gitlab: Any | Unset = UNSET
    github: Any | Unset = UNSET
    bitbucket: Any | Unset = UNSET
    gitea: Any | Unset = UNSET
    server: None | Server | Unset = UNSET
    preview_deployments: list[Any] | Unset = UNSET
    registry: Any | Unset = UNSET
    build_registry: Any | Unset = UNSET
    rollback_registry: Any | Unset = UNSET
    has_git_provider_access: bool | Unset = UNSET
    unauthorized_provider: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.server import Server  # noqa: PLC0415

        application_id = self.application_id

        name = self.name

        app_name = self.app_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        env: None | str | Unset
        if isinstance(self.env, Unset):
            env = UNSET
        else:
            env = self.env

        preview_env: None | str | Unset
        if isinstance(self.preview_env, Unset):
            preview_env = UNSET
        else:
            preview_env = self.preview_env

        watch_paths: list[str] | None | Unset
        if isinstance(self.watch_paths, Unset):
            watch_paths = UNSET
        elif isinstance(self.watch_paths, list):
            watch_paths = self.watch_paths

        else:
            watch_paths = self.watch_paths

        preview_build_args: None | str | Unset
        if isinstance(self.preview_build_args, Unset):
            preview_build_args = UNSET
        else:
            preview_build_args = self.preview_build_args

        preview_build_secrets: None | str | Unset
        if isinstance(self.preview_build_secrets, Unset):
            preview_build_secrets = UNSET
        else:
            preview_build_secrets = self.preview_build_secrets

        preview_labels: list[str] | None | Unset
        if isinstance(self.preview_labels, Unset):
            preview_labels = UNSET
        elif isinstance(self.preview_labels, list):
            preview_labels = self.preview_labels

        else:
            preview_labels = self.preview_labels

        preview_wildcard: None | str | Unset
        if isinstance(self.preview_wildcard, Unset):
            preview_wildcard = UNSET
        else:
            preview_wildcard = self.preview_wildcard

        preview_port: int | None | Unset
        if isinstance(self.preview_port, Unset):
            preview_port = UNSET
        else:
            preview_port = self.preview_port

        preview_https = self.preview_https

        preview_path: None | str | Unset
        if isinstance(self.preview_path, Unset):
            preview_path = UNSET
        else:
            preview_path = self.preview_path

        preview_certificate_type = self.preview_certificate_type

        preview_custom_cert_resolver: None | str | Unset
        if isinstance(self.preview_custom_cert_resolver, Unset):
            preview_custom_cert_resolver = UNSET
        else:
            preview_custom_cert_resolver = self.preview_custom_cert_resolver

        preview_limit: int | None | Unset
        if isinstance(self.preview_limit, Unset):
            preview_limit = UNSET
        else:
            preview_limit = self.preview_limit

        is_preview_deployments_active: bool | None | Unset
        if isinstance(self.is_preview_deployments_active, Unset):
            is_preview_deployments_active = UNSET
        else:
            is_preview_deployments_active = self.is_preview_deployments_active

        preview_require_collaborator_permissions: bool | None | Unset
        if isinstance(self.preview_require_collaborator_permissions, Unset):
            preview_require_collaborator_permissions = UNSET
        else:
            preview_require_collaborator_permissions = self.preview_require_collaborator_permissions

        rollback_active: bool | None | Unset
        if isinstance(self.rollback_active, Unset):
            rollback_active = UNSET
        else:
            rollback_active = self.rollback_active

        build_args: None | str | Unset
        if isinstance(self.build_args, Unset):
            build_args = UNSET
        else:
            build_args = self.build_args

        build_secrets: None | str | Unset
        if isinstance(self.build_secrets, Unset):
            build_secrets = UNSET
        else:
            build_secrets = self.build_secrets

        memory_reservation: None | str | Unset
        if isinstance(self.memory_reservation, Unset):
            memory_reservation = UNSET
        else:
            memory_reservation = self.memory_reservation

        memory_limit: None | str | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = self.memory_limit

        cpu_reservation: None | str | Unset
        if isinstance(self.cpu_reservation, Unset):
            cpu_reservation = UNSET
        else:
            cpu_reservation = self.cpu_reservation

        cpu_limit: None | str | Unset
        if isinstance(self.cpu_limit, Unset):
            cpu_limit = UNSET
        else:
            cpu_limit = self.cpu_limit

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        subtitle: None | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = self.subtitle

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        args: list[str] | None | Unset
        if isinstance(self.args, Unset):
            args = UNSET
        elif isinstance(self.args, list):
            args = self.args

        else:
            args = self.args

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        source_type = self.source_type

        clean_cache: bool | None | Unset
        if isinstance(self.clean_cache, Unset):
            clean_cache = UNSET
        else:
            clean_cache = self.clean_cache

        repository: None | str | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        else:
            repository = self.repository

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        build_path: None | str | Unset
        if isinstance(self.build_path, Unset):
            build_path = UNSET
        else:
            build_path = self.build_path

        trigger_type: None | str | Unset
        if isinstance(self.trigger_type, Unset):
            trigger_type = UNSET
        else:
            trigger_type = self.trigger_type

        auto_deploy: bool | None | Unset
        if isinstance(self.auto_deploy, Unset):
            auto_deploy = UNSET
        else:
            auto_deploy = self.auto_deploy

        gitlab_project_id: int | None | Unset
        if isinstance(self.gitlab_project_id, Unset):
            gitlab_project_id = UNSET
        else:
            gitlab_project_id = self.gitlab_project_id

        gitlab_repository: None | str | Unset
        if isinstance(self.gitlab_repository, Unset):
            gitlab_repository = UNSET
        else:
            gitlab_repository = self.gitlab_repository

        gitlab_owner: None | str | Unset
        if isinstance(self.gitlab_owner, Unset):
            gitlab_owner = UNSET
        else:
            gitlab_owner = self.gitlab_owner

        gitlab_branch: None | str | Unset
        if isinstance(self.gitlab_branch, Unset):
            gitlab_branch = UNSET
        else:
            gitlab_branch = self.gitlab_branch

        gitlab_build_path: None | str | Unset
        if isinstance(self.gitlab_build_path, Unset):
            gitlab_build_path = UNSET
        else:
            gitlab_build_path = self.gitlab_build_path

        gitlab_path_namespace: None | str | Unset
        if isinstance(self.gitlab_path_namespace, Unset):
            gitlab_path_namespace = UNSET
        else:
            gitlab_path_namespace = self.gitlab_path_namespace

        gitea_repository: None | str | Unset
        if isinstance(self.gitea_repository, Unset):
            gitea_repository = UNSET
        else:
            gitea_repository = self.gitea_repository

        gitea_owner: None | str | Unset
        if isinstance(self.gitea_owner, Unset):
            gitea_owner = UNSET
        else:
            gitea_owner = self.gitea_owner

        gitea_branch: None | str | Unset
        if isinstance(self.gitea_branch, Unset):
            gitea_branch = UNSET
        else:
            gitea_branch = self.gitea_branch

        gitea_build_path: None | str | Unset
        if isinstance(self.gitea_build_path, Unset):
            gitea_build_path = UNSET
        else:
            gitea_build_path = self.gitea_build_path

        bitbucket_repository: None | str | Unset
        if isinstance(self.bitbucket_repository, Unset):
            bitbucket_repository = UNSET
        else:
            bitbucket_repository = self.bitbucket_repository

        bitbucket_repository_slug: None | str | Unset
        if isinstance(self.bitbucket_repository_slug, Unset):
            bitbucket_repository_slug = UNSET
        else:
            bitbucket_repository_slug = self.bitbucket_repository_slug

        bitbucket_owner: None | str | Unset
        if isinstance(self.bitbucket_owner, Unset):
            bitbucket_owner = UNSET
        else:
            bitbucket_owner = self.bitbucket_owner

        bitbucket_branch: None | str | Unset
        if isinstance(self.bitbucket_branch, Unset):
            bitbucket_branch = UNSET
        else:
            bitbucket_branch = self.bitbucket_branch

        bitbucket_build_path: None | str | Unset
        if isinstance(self.bitbucket_build_path, Unset):
            bitbucket_build_path = UNSET
        else:
            bitbucket_build_path = self.bitbucket_build_path

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        docker_image: None | str | Unset
        if isinstance(self.docker_image, Unset):
            docker_image = UNSET
        else:
            docker_image = self.docker_image

        registry_url: None | str | Unset
        if isinstance(self.registry_url, Unset):
            registry_url = UNSET
        else:
            registry_url = self.registry_url

        custom_git_url: None | str | Unset
        if isinstance(self.custom_git_url, Unset):
            custom_git_url = UNSET
        else:
            custom_git_url = self.custom_git_url

        custom_git_branch: None | str | Unset
        if isinstance(self.custom_git_branch, Unset):
            custom_git_branch = UNSET
        else:
            custom_git_branch = self.custom_git_branch

        custom_git_build_path: None | str | Unset
        if isinstance(self.custom_git_build_path, Unset):
            custom_git_build_path = UNSET
        else:
            custom_git_build_path = self.custom_git_build_path

        custom_git_ssh_key_id: None | str | Unset
        if isinstance(self.custom_git_ssh_key_id, Unset):
            custom_git_ssh_key_id = UNSET
        else:
            custom_git_ssh_key_id = self.custom_git_ssh_key_id

        enable_submodules = self.enable_submodules

        dockerfile: None | str | Unset
        if isinstance(self.dockerfile, Unset):
            dockerfile = UNSET
        else:
            dockerfile = self.dockerfile

        docker_context_path: None | str | Unset
        if isinstance(self.docker_context_path, Unset):
            docker_context_path = UNSET
        else:
            docker_context_path = self.docker_context_path

        docker_build_stage: None | str | Unset
        if isinstance(self.docker_build_stage, Unset):
            docker_build_stage = UNSET
        else:
            docker_build_stage = self.docker_build_stage

        drop_build_path: None | str | Unset
        if isinstance(self.drop_build_path, Unset):
            drop_build_path = UNSET
        else:
            drop_build_path = self.drop_build_path

        health_check_swarm = self.health_check_swarm

        restart_policy_swarm = self.restart_policy_swarm

        placement_swarm = self.placement_swarm

        update_config_swarm = self.update_config_swarm

        rollback_config_swarm = self.rollback_config_swarm

        mode_swarm = self.mode_swarm

        labels_swarm = self.labels_swarm

        network_swarm = self.network_swarm

        stop_grace_period_swarm: int | None | Unset
        if isinstance(self.stop_grace_period_swarm, Unset):
            stop_grace_period_swarm = UNSET
        else:
            stop_grace_period_swarm = self.stop_grace_period_swarm

        endpoint_spec_swarm = self.endpoint_spec_swarm

        ulimits_swarm = self.ulimits_swarm

        replicas = self.replicas

        application_status = self.application_status

        build_type = self.build_type

        railpack_version: None | str | Unset
        if isinstance(self.railpack_version, Unset):
            railpack_version = UNSET
        else:
            railpack_version = self.railpack_version

        heroku_version: None | str | Unset
        if isinstance(self.heroku_version, Unset):
            heroku_version = UNSET
        else:
            heroku_version = self.heroku_version

        publish_directory: None | str | Unset
        if isinstance(self.publish_directory, Unset):
            publish_directory = UNSET
        else:
            publish_directory = self.publish_directory

        is_static_spa: bool | None | Unset
        if isinstance(self.is_static_spa, Unset):
            is_static_spa = UNSET
        else:
            is_static_spa = self.is_static_spa

        create_env_file = self.create_env_file

        created_at = self.created_at

        registry_id: None | str | Unset
        if isinstance(self.registry_id, Unset):
            registry_id = UNSET
        else:
            registry_id = self.registry_id

        rollback_registry_id: None | str | Unset
        if isinstance(self.rollback_registry_id, Unset):
            rollback_registry_id = UNSET
        else:
            rollback_registry_id = self.rollback_registry_id

        environment_id = self.environment_id

        github_id: None | str | Unset
        if isinstance(self.github_id, Unset):
            github_id = UNSET
        else:
            github_id = self.github_id

        gitlab_id: None | str | Unset
        if isinstance(self.gitlab_id, Unset):
            gitlab_id = UNSET
        else:
            gitlab_id = self.gitlab_id

        gitea_id: None | str | Unset
        if isinstance(self.gitea_id, Unset):
            gitea_id = UNSET
        else:
            gitea_id = self.gitea_id

        bitbucket_id: None | str | Unset
        if isinstance(self.bitbucket_id, Unset):
            bitbucket_id = UNSET
        else:
            bitbucket_id = self.bitbucket_id

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        build_server_id: None | str | Unset
        if isinstance(self.build_server_id, Unset):
            build_server_id = UNSET
        else:
            build_server_id = self.build_server_id

        build_registry_id: None | str | Unset
        if isinstance(self.build_registry_id, Unset):
            build_registry_id = UNSET
        else:
            build_registry_id = self.build_registry_id

        network_ids: list[str] | None | Unset
        if isinstance(self.network_ids, Unset):
            network_ids = UNSET
        elif isinstance(self.network_ids, list):
            network_ids = self.network_ids

        else:
            network_ids = self.network_ids

        detach_dokploy_network = self.detach_dokploy_network

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = []
            for deployments_item_data in self.deployments:
                deployments_item = deployments_item_data.to_dict()
                deployments.append(deployments_item)

        mounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mounts, Unset):
            mounts = []
            for mounts_item_data in self.mounts:
                mounts_item = mounts_item_data.to_dict()
                mounts.append(mounts_item)

        redirects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.redirects, Unset):
            redirects = []
            for redirects_item_data in self.redirects:
                redirects_item = redirects_item_data.to_dict()
                redirects.append(redirects_item)

        security: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = []
            for security_item_data in self.security:
                security_item = security_item_data.to_dict()
                security.append(security_item)

        ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for ports_item_data in self.ports:
                ports_item = ports_item_data.to_dict()
                ports.append(ports_item)

        gitlab = self.gitlab

        github = self.github

        bitbucket = self.bitbucket

        gitea = self.gitea

        server: dict[str, Any] | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        elif isinstance(self.server, Server):
            server = self.server.to_dict()
        else:
            server = self.server

        preview_deployments: list[Any] | Unset = UNSET
        if not isinstance(self.preview_deployments, Unset):
            preview_deployments = self.preview_deployments

        registry = self.registry

        build_registry = self.build_registry

        rollback_registry = self.rollback_registry

        has_git_provider_access = self.has_git_provider_access

        unauthorized_provider = self.unauthorized_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if name is not UNSET:
            field_dict["name"] = name
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if description is not UNSET:
            field_dict["description"] = description
        if env is not UNSET:
            field_dict["env"] = env
        if preview_env is not UNSET:
            field_dict["previewEnv"] = preview_env
        if watch_paths is not UNSET:
            field_dict["watchPaths"] = watch_paths
        if preview_build_args is not UNSET:
            field_dict["previewBuildArgs"] = preview_build_args
        if preview_build_secrets is not UNSET:
            field_dict["previewBuildSecrets"] = preview_build_secrets
        if preview_labels is not UNSET:
            field_dict["previewLabels"] = preview_labels
        if preview_wildcard is not UNSET:
            field_dict["previewWildcard"] = preview_wildcard
        if preview_port is not UNSET:
            field_dict["previewPort"] = preview_port
        if preview_https is not UNSET:
            field_dict["previewHttps"] = preview_https
        if preview_path is not UNSET:
            field_dict["previewPath"] = preview_path
        if preview_certificate_type is not UNSET:
            field_dict["previewCertificateType"] = preview_certificate_type
        if preview_custom_cert_resolver is not UNSET:
            field_dict["previewCustomCertResolver"] = preview_custom_cert_resolver
        if preview_limit is not UNSET:
            field_dict["previewLimit"] = preview_limit
        if is_preview_deployments_active is not UNSET:
            field_dict["isPreviewDeploymentsActive"] = is_preview_deployments_active
        if preview_require_collaborator_permissions is not UNSET:
            field_dict["previewRequireCollaboratorPermissions"] = (
                preview_require_collaborator_permissions
            )
        if rollback_active is not UNSET:
            field_dict["rollbackActive"] = rollback_active
        if build_args is not UNSET:
            field_dict["buildArgs"] = build_args
        if build_secrets is not UNSET:
            field_dict["buildSecrets"] = build_secrets
        if memory_reservation is not UNSET:
            field_dict["memoryReservation"] = memory_reservation
        if memory_limit is not UNSET:
            field_dict["memoryLimit"] = memory_limit
        if cpu_reservation is not UNSET:
            field_dict["cpuReservation"] = cpu_reservation
        if cpu_limit is not UNSET:
            field_dict["cpuLimit"] = cpu_limit
        if title is not UNSET:
            field_dict["title"] = title
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if command is not UNSET:
            field_dict["command"] = command
        if args is not UNSET:
            field_dict["args"] = args
        if icon is not UNSET:
            field_dict["icon"] = icon
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if clean_cache is not UNSET:
            field_dict["cleanCache"] = clean_cache
        if repository is not UNSET:
            field_dict["repository"] = repository
        if owner is not UNSET:
            field_dict["owner"] = owner
        if branch is not UNSET:
            field_dict["branch"] = branch
        if build_path is not UNSET:
            field_dict["buildPath"] = build_path
        if trigger_type is not UNSET:
            field_dict["triggerType"] = trigger_type
        if auto_deploy is not UNSET:
            field_dict["autoDeploy"] = auto_deploy
        if gitlab_project_id is not UNSET:
            field_dict["gitlabProjectId"] = gitlab_project_id
        if gitlab_repository is not UNSET:
            field_dict["gitlabRepository"] = gitlab_repository
        if gitlab_owner is not UNSET:
            field_dict["gitlabOwner"] = gitlab_owner
        if gitlab_branch is not UNSET:
            field_dict["gitlabBranch"] = gitlab_branch
        if gitlab_build_path is not UNSET:
            field_dict["gitlabBuildPath"] = gitlab_build_path
        if gitlab_path_namespace is not UNSET:
            field_dict["gitlabPathNamespace"] = gitlab_path_namespace
        if gitea_repository is not UNSET:
            field_dict["giteaRepository"] = gitea_repository
        if gitea_owner is not UNSET:
            field_dict["giteaOwner"] = gitea_owner
        if gitea_branch is not UNSET:
            field_dict["giteaBranch"] = gitea_branch
        if gitea_build_path is not UNSET:
            field_dict["giteaBuildPath"] = gitea_build_path
        if bitbucket_repository is not UNSET:
            field_dict["bitbucketRepository"] = bitbucket_repository
        if bitbucket_repository_slug is not UNSET:
            field_dict["bitbucketRepositorySlug"] = bitbucket_repository_slug
        if bitbucket_owner is not UNSET:
            field_dict["bitbucketOwner"] = bitbucket_owner
        if bitbucket_branch is not UNSET:
            field_dict["bitbucketBranch"] = bitbucket_branch
        if bitbucket_build_path is not UNSET:
            field_dict["bitbucketBuildPath"] = bitbucket_build_path
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if docker_image is not UNSET:
            field_dict["dockerImage"] = docker_image
        if registry_url is not UNSET:
            field_dict["registryUrl"] = registry_url
        if custom_git_url is not UNSET:
            field_dict["customGitUrl"] = custom_git_url
        if custom_git_branch is not UNSET:
            field_dict["customGitBranch"] = custom_git_branch
        if custom_git_build_path is not UNSET:
            field_dict["customGitBuildPath"] = custom_git_build_path
        if custom_git_ssh_key_id is not UNSET:
            field_dict["customGitSSHKeyId"] = custom_git_ssh_key_id
        if enable_submodules is not UNSET:
            field_dict["enableSubmodules"] = enable_submodules
        if dockerfile is not UNSET:
            field_dict["dockerfile"] = dockerfile
        if docker_context_path is not UNSET:
            field_dict["dockerContextPath"] = docker_context_path
        if docker_build_stage is not UNSET:
            field_dict["dockerBuildStage"] = docker_build_stage
        if drop_build_path is not UNSET:
            field_dict["dropBuildPath"] = drop_build_path
        if health_check_swarm is not UNSET:
            field_dict["healthCheckSwarm"] = health_check_swarm
        if restart_policy_swarm is not UNSET:
            field_dict["restartPolicySwarm"] = restart_policy_swarm
        if placement_swarm is not UNSET:
            field_dict["placementSwarm"] = placement_swarm
        if update_config_swarm is not UNSET:
            field_dict["updateConfigSwarm"] = update_config_swarm
        if rollback_config_swarm is not UNSET:
            field_dict["rollbackConfigSwarm"] = rollback_config_swarm
        if mode_swarm is not UNSET:
            field_dict["modeSwarm"] = mode_swarm
        if labels_swarm is not UNSET:
            field_dict["labelsSwarm"] = labels_swarm
        if network_swarm is not UNSET:
            field_dict["networkSwarm"] = network_swarm
        if stop_grace_period_swarm is not UNSET:
            field_dict["stopGracePeriodSwarm"] = stop_grace_period_swarm
        if endpoint_spec_swarm is not UNSET:
            field_dict["endpointSpecSwarm"] = endpoint_spec_swarm
        if ulimits_swarm is not UNSET:
            field_dict["ulimitsSwarm"] = ulimits_swarm
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if application_status is not UNSET:
            field_dict["applicationStatus"] = application_status
        if build_type is not UNSET:
            field_dict["buildType"] = build_type
        if railpack_version is not UNSET:
            field_dict["railpackVersion"] = railpack_version
        if heroku_version is not UNSET:
            field_dict["herokuVersion"] = heroku_version
        if publish_directory is not UNSET:
            field_dict["publishDirectory"] = publish_directory
        if is_static_spa is not UNSET:
            field_dict["isStaticSpa"] = is_static_spa
        if create_env_file is not UNSET:
            field_dict["createEnvFile"] = create_env_file
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if registry_id is not UNSET:
            field_dict["registryId"] = registry_id
        if rollback_registry_id is not UNSET:
            field_dict["rollbackRegistryId"] = rollback_registry_id
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if github_id is not UNSET:
            field_dict["githubId"] = github_id
        if gitlab_id is not UNSET:
            field_dict["gitlabId"] = gitlab_id
        if gitea_id is not UNSET:
            field_dict["giteaId"] = gitea_id
        if bitbucket_id is not UNSET:
            field_dict["bitbucketId"] = bitbucket_id
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if build_server_id is not UNSET:
            field_dict["buildServerId"] = build_server_id
        if build_registry_id is not UNSET:
            field_dict["buildRegistryId"] = build_registry_id
        if network_ids is not UNSET:
            field_dict["networkIds"] = network_ids
        if detach_dokploy_network is not UNSET:
            field_dict["detachDokployNetwork"] = detach_dokploy_network
        if environment is not UNSET:
            field_dict["environment"] = environment
        if domains is not UNSET:
            field_dict["domains"] = domains
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if redirects is not UNSET:
            field_dict["redirects"] = redirects
        if security is not UNSET:
            field_dict["security"] = security
        if ports is not UNSET:
            field_dict["ports"] = ports
        if gitlab is not UNSET:
            field_dict["gitlab"] = gitlab
        if github is not UNSET:
            field_dict["github"] = github
        if bitbucket is not UNSET:
            field_dict["bitbucket"] = bitbucket
        if gitea is not UNSET:
            field_dict["gitea"] = gitea
        if server is not UNSET:
            field_dict["server"] = server
        if preview_deployments is not UNSET:
            field_dict["previewDeployments"] = preview_deployments
        if registry is not UNSET:
            field_dict["registry"] = registry
        if build_registry is not UNSET:
            field_dict["buildRegistry"] = build_registry
        if rollback_registry is not UNSET:
            field_dict["rollbackRegistry"] = rollback_registry
        if has_git_provider_access is not UNSET:
            field_dict["hasGitProviderAccess"] = has_git_provider_access
        if unauthorized_provider is not UNSET:
            field_dict["unauthorizedProvider"] = unauthorized_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment import Deployment  # noqa: PLC0415
        from ..models.domain import Domain  # noqa: PLC0415
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.mount import Mount  # noqa: PLC0415
        from ..models.port import Port  # noqa: PLC0415
        from ..models.redirect import Redirect  # noqa: PLC0415
        from ..models.security import Security  # noqa: PLC0415
        from ..models.server import Server  # noqa: PLC0415

        d = dict(src_dict)
        application_id = d.pop("applicationId", UNSET)

        name = d.pop("name", UNSET)

        app_name = d.pop("appName", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_env(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        env = _parse_env(d.pop("env", UNSET))

        def _parse_preview_env(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_env = _parse_preview_env(d.pop("previewEnv", UNSET))

        def _parse_watch_paths(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                watch_paths_type_0 = cast(list[str], data)

                return watch_paths_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        watch_paths = _parse_watch_paths(d.pop("watchPaths", UNSET))

        def _parse_preview_build_args(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_build_args = _parse_preview_build_args(d.pop("previewBuildArgs", UNSET))

        def _parse_preview_build_secrets(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_build_secrets = _parse_preview_build_secrets(d.pop("previewBuildSecrets", UNSET))

        def _parse_preview_labels(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                preview_labels_type_0 = cast(list[str], data)

                return preview_labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        preview_labels = _parse_preview_labels(d.pop("previewLabels", UNSET))

        def _parse_preview_wildcard(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_wildcard = _parse_preview_wildcard(d.pop("previewWildcard", UNSET))

        def _parse_preview_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        preview_port = _parse_preview_port(d.pop("previewPort", UNSET))

        preview_https = d.pop("previewHttps", UNSET)

        def _parse_preview_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_path = _parse_preview_path(d.pop("previewPath", UNSET))

        preview_certificate_type = d.pop("previewCertificateType", UNSET)

        def _parse_preview_custom_cert_resolver(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_custom_cert_resolver = _parse_preview_custom_cert_resolver(
            d.pop("previewCustomCertResolver", UNSET)
        )

        def _parse_preview_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        preview_limit = _parse_preview_limit(d.pop("previewLimit", UNSET))

        def _parse_is_preview_deployments_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_preview_deployments_active = _parse_is_preview_deployments_active(
            d.pop("isPreviewDeploymentsActive", UNSET)
        )

        def _parse_preview_require_collaborator_permissions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        preview_require_collaborator_permissions = _parse_preview_require_collaborator_permissions(
            d.pop("previewRequireCollaboratorPermissions", UNSET)
        )

        def _parse_rollback_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        rollback_active = _parse_rollback_active(d.pop("rollbackActive", UNSET))

        def _parse_build_args(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_args = _parse_build_args(d.pop("buildArgs", UNSET))

        def _parse_build_secrets(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_secrets = _parse_build_secrets(d.pop("buildSecrets", UNSET))

        def _parse_memory_reservation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memory_reservation = _parse_memory_reservation(d.pop("memoryReservation", UNSET))

        def _parse_memory_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memory_limit = _parse_memory_limit(d.pop("memoryLimit", UNSET))

        def _parse_cpu_reservation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_reservation = _parse_cpu_reservation(d.pop("cpuReservation", UNSET))

        def _parse_cpu_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_limit = _parse_cpu_limit(d.pop("cpuLimit", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_subtitle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtitle = _parse_subtitle(d.pop("subtitle", UNSET))

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        def _parse_args(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                args_type_0 = cast(list[str], data)

                return args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        args = _parse_args(d.pop("args", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_refresh_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refresh_token = _parse_refresh_token(d.pop("refreshToken", UNSET))

        source_type = d.pop("sourceType", UNSET)

        def _parse_clean_cache(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        clean_cache = _parse_clean_cache(d.pop("cleanCache", UNSET))

        def _parse_repository(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository = _parse_repository(d.pop("repository", UNSET))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))

        def _parse_build_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_path = _parse_build_path(d.pop("buildPath", UNSET))

        def _parse_trigger_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_type = _parse_trigger_type(d.pop("triggerType", UNSET))

        def _parse_auto_deploy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_deploy = _parse_auto_deploy(d.pop("autoDeploy", UNSET))

        def _parse_gitlab_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gitlab_project_id = _parse_gitlab_project_id(d.pop("gitlabProjectId", UNSET))

        def _parse_gitlab_repository(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitlab_repository = _parse_gitlab_repository(d.pop("gitlabRepository", UNSET))

        def _parse_gitlab_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitlab_owner = _parse_gitlab_owner(d.pop("gitlabOwner", UNSET))

        def _parse_gitlab_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitlab_branch = _parse_gitlab_branch(d.pop("gitlabBranch", UNSET))

        def _parse_gitlab_build_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitlab_build_path = _parse_gitlab_build_path(d.pop("gitlabBuildPath", UNSET))

        def _parse_gitlab_path_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitlab_path_namespace = _parse_gitlab_path_namespace(d.pop("gitlabPathNamespace", UNSET))

        def _parse_gitea_repository(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitea_repository = _parse_gitea_repository(d.pop("giteaRepository", UNSET))

        def _parse_gitea_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitea_owner = _parse_gitea_owner(d.pop("giteaOwner", UNSET))

        def _parse_gitea_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitea_branch = _parse_gitea_branch(d.pop("giteaBranch", UNSET))

        def _parse_gitea_build_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitea_build_path = _parse_gitea_build_path(d.pop("giteaBuildPath", UNSET))

        def _parse_bitbucket_repository(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bitbucket_repository = _parse_bitbucket_repository(d.pop("bitbucketRepository", UNSET))

        def _parse_bitbucket_repository_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bitbucket_repository_slug = _parse_bitbucket_repository_slug(
            d.pop("bitbucketRepositorySlug", UNSET)
        )

        def _parse_bitbucket_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bitbucket_owner = _parse_bitbucket_owner(d.pop("bitbucketOwner", UNSET))

        def _parse_bitbucket_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bitbucket_branch = _parse_bitbucket_branch(d.pop("bitbucketBranch", UNSET))

        def _parse_bitbucket_build_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bitbucket_build_path = _parse_bitbucket_build_path(d.pop("bitbucketBuildPath", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_docker_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        docker_image = _parse_docker_image(d.pop("dockerImage", UNSET))

        def _parse_registry_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registry_url = _parse_registry_url(d.pop("registryUrl", UNSET))

        def _parse_custom_git_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_git_url = _parse_custom_git_url(d.pop("customGitUrl", UNSET))

        def _parse_custom_git_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_git_branch = _parse_custom_git_branch(d.pop("customGitBranch", UNSET))

        def _parse_custom_git_build_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_git_build_path = _parse_custom_git_build_path(d.pop("customGitBuildPath", UNSET))

        def _parse_custom_git_ssh_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_git_ssh_key_id = _parse_custom_git_ssh_key_id(d.pop("customGitSSHKeyId", UNSET))

        enable_submodules = d.pop("enableSubmodules", UNSET)

        def _parse_dockerfile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dockerfile = _parse_dockerfile(d.pop("dockerfile", UNSET))

        def _parse_docker_context_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        docker_context_path = _parse_docker_context_path(d.pop("dockerContextPath", UNSET))

        def _parse_docker_build_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        docker_build_stage = _parse_docker_build_stage(d.pop("dockerBuildStage", UNSET))

        def _parse_drop_build_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        drop_build_path = _parse_drop_build_path(d.pop("dropBuildPath", UNSET))

        health_check_swarm = d.pop("healthCheckSwarm", UNSET)

        restart_policy_swarm = d.pop("restartPolicySwarm", UNSET)

        placement_swarm = d.pop("placementSwarm", UNSET)

        update_config_swarm = d.pop("updateConfigSwarm", UNSET)

        rollback_config_swarm = d.pop("rollbackConfigSwarm", UNSET)

        mode_swarm = d.pop("modeSwarm", UNSET)

        labels_swarm = d.pop("labelsSwarm", UNSET)

        network_swarm = d.pop("networkSwarm", UNSET)

        def _parse_stop_grace_period_swarm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stop_grace_period_swarm = _parse_stop_grace_period_swarm(
            d.pop("stopGracePeriodSwarm", UNSET)
        )

        endpoint_spec_swarm = d.pop("endpointSpecSwarm", UNSET)

        ulimits_swarm = d.pop("ulimitsSwarm", UNSET)

        replicas = d.pop("replicas", UNSET)

        application_status = d.pop("applicationStatus", UNSET)

        build_type = d.pop("buildType", UNSET)

        def _parse_railpack_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        railpack_version = _parse_railpack_version(d.pop("railpackVersion", UNSET))

        def _parse_heroku_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        heroku_version = _parse_heroku_version(d.pop("herokuVersion", UNSET))

        def _parse_publish_directory(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publish_directory = _parse_publish_directory(d.pop("publishDirectory", UNSET))

        def _parse_is_static_spa(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_static_spa = _parse_is_static_spa(d.pop("isStaticSpa", UNSET))

        create_env_file = d.pop("createEnvFile", UNSET)

        created_at = d.pop("createdAt", UNSET)

        def _parse_registry_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registry_id = _parse_registry_id(d.pop("registryId", UNSET))

        def _parse_rollback_registry_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rollback_registry_id = _parse_rollback_registry_id(d.pop("rollbackRegistryId", UNSET))

        environment_id = d.pop("environmentId", UNSET)

        def _parse_github_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        github_id = _parse_github_id(d.pop("githubId", UNSET))

        def _parse_gitlab_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitlab_id = _parse_gitlab_id(d.pop("gitlabId", UNSET))

        def _parse_gitea_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitea_id = _parse_gitea_id(d.pop("giteaId", UNSET))

        def _parse_bitbucket_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bitbucket_id = _parse_bitbucket_id(d.pop("bitbucketId", UNSET))

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        def _parse_build_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_server_id = _parse_build_server_id(d.pop("buildServerId", UNSET))

        def _parse_build_registry_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_registry_id = _parse_build_registry_id(d.pop("buildRegistryId", UNSET))

        def _parse_network_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                network_ids_type_0 = cast(list[str], data)

                return network_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        network_ids = _parse_network_ids(d.pop("networkIds", UNSET))

        detach_dokploy_network = d.pop("detachDokployNetwork", UNSET)

        _environment = d.pop("environment", UNSET)
        environment: Environment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = Environment.from_dict(_environment)

        _domains = d.pop("domains", UNSET)
        domains: list[Domain] | Unset = UNSET
        if _domains is not UNSET:
            domains = []
            for domains_item_data in _domains:
                domains_item = Domain.from_dict(domains_item_data)

                domains.append(domains_item)

        _deployments = d.pop("deployments", UNSET)
        deployments: list[Deployment] | Unset = UNSET
        if _deployments is not UNSET:
            deployments = []
            for deployments_item_data in _deployments:
                deployments_item = Deployment.from_dict(deployments_item_data)

                deployments.append(deployments_item)

        _mounts = d.pop("mounts", UNSET)
        mounts: list[Mount] | Unset = UNSET
        if _mounts is not UNSET:
            mounts = []
            for mounts_item_data in _mounts:
                mounts_item = Mount.from_dict(mounts_item_data)

                mounts.append(mounts_item)

        _redirects = d.pop("redirects", UNSET)
        redirects: list[Redirect] | Unset = UNSET
        if _redirects is not UNSET:
            redirects = []
            for redirects_item_data in _redirects:
                redirects_item = Redirect.from_dict(redirects_item_data)

                redirects.append(redirects_item)

        _security = d.pop("security", UNSET)
        security: list[Security] | Unset = UNSET
        if _security is not UNSET:
            security = []
            for security_item_data in _security:
                security_item = Security.from_dict(security_item_data)

                security.append(security_item)

        _ports = d.pop("ports", UNSET)
        ports: list[Port] | Unset = UNSET
        if _ports is not UNSET:
            ports = []
            for ports_item_data in _ports:
                ports_item = Port.from_dict(ports_item_data)

                ports.append(ports_item)

        gitlab = d.pop("gitlab", UNSET)

        github = d.pop("github", UNSET)

        bitbucket = d.pop("bitbucket", UNSET)

        gitea = d.pop("gitea", UNSET)

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

        preview_deployments = cast(list[Any], d.pop("previewDeployments", UNSET))

        registry = d.pop("registry", UNSET)

        build_registry = d.pop("buildRegistry", UNSET)

        rollback_registry = d.pop("rollbackRegistry", UNSET)

        has_git_provider_access = d.pop("hasGitProviderAccess", UNSET)

        unauthorized_provider = d.pop("unauthorizedProvider", UNSET)

        application = cls(
            application_id=application_id,
            name=name,
            app_name=app_name,
            description=description,
            env=env,
            preview_env=preview_env,
            watch_paths=watch_paths,
            preview_build_args=preview_build_args,
            preview_build_secrets=preview_build_secrets,
            preview_labels=preview_labels,
            preview_wildcard=preview_wildcard,
            preview_port=preview_port,
            preview_https=preview_https,
            preview_path=preview_path,
            preview_certificate_type=preview_certificate_type,
            preview_custom_cert_resolver=preview_custom_cert_resolver,
            preview_limit=preview_limit,
            is_preview_deployments_active=is_preview_deployments_active,
            preview_require_collaborator_permissions=preview_require_collaborator_permissions,
            rollback_active=rollback_active,
            build_args=build_args,
            build_secrets=build_secrets,
            memory_reservation=memory_reservation,
            memory_limit=memory_limit,
            cpu_reservation=cpu_reservation,
            cpu_limit=cpu_limit,
            title=title,
            enabled=enabled,
            subtitle=subtitle,
            command=command,
            args=args,
            icon=icon,
            refresh_token=refresh_token,
            source_type=source_type,
            clean_cache=clean_cache,
            repository=repository,
            owner=owner,
            branch=branch,
            build_path=build_path,
            trigger_type=trigger_type,
            auto_deploy=auto_deploy,
            gitlab_project_id=gitlab_project_id,
            gitlab_repository=gitlab_repository,
            gitlab_owner=gitlab_owner,
            gitlab_branch=gitlab_branch,
            gitlab_build_path=gitlab_build_path,
            gitlab_path_namespace=gitlab_path_namespace,
            gitea_repository=gitea_repository,
            gitea_owner=gitea_owner,
            gitea_branch=gitea_branch,
            gitea_build_path=gitea_build_path,
            bitbucket_repository=bitbucket_repository,
            bitbucket_repository_slug=bitbucket_repository_slug,
            bitbucket_owner=bitbucket_owner,
            bitbucket_branch=bitbucket_branch,
            bitbucket_build_path=bitbucket_build_path,
            username=username,
            password=password,
            docker_image=docker_image,
            registry_url=registry_url,
            custom_git_url=custom_git_url,
            custom_git_branch=custom_git_branch,
            custom_git_build_path=custom_git_build_path,
            custom_git_ssh_key_id=custom_git_ssh_key_id,
            enable_submodules=enable_submodules,
            dockerfile=dockerfile,
            docker_context_path=docker_context_path,
            docker_build_stage=docker_build_stage,
            drop_build_path=drop_build_path,
            health_check_swarm=health_check_swarm,
            restart_policy_swarm=restart_policy_swarm,
            placement_swarm=placement_swarm,
            update_config_swarm=update_config_swarm,
            rollback_config_swarm=rollback_config_swarm,
            mode_swarm=mode_swarm,
            labels_swarm=labels_swarm,
            network_swarm=network_swarm,
            stop_grace_period_swarm=stop_grace_period_swarm,
            endpoint_spec_swarm=endpoint_spec_swarm,
            ulimits_swarm=ulimits_swarm,
            replicas=replicas,
            application_status=application_status,
            build_type=build_type,
            railpack_version=railpack_version,
            heroku_version=heroku_version,
            publish_directory=publish_directory,
            is_static_spa=is_static_spa,
            create_env_file=create_env_file,
            created_at=created_at,
            registry_id=registry_id,
            rollback_registry_id=rollback_registry_id,
            environment_id=environment_id,
            github_id=github_id,
            gitlab_id=gitlab_id,
            gitea_id=gitea_id,
            bitbucket_id=bitbucket_id,
            server_id=server_id,
            build_server_id=build_server_id,
            build_registry_id=build_registry_id,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
            environment=environment,
            domains=domains,
            deployments=deployments,
            mounts=mounts,
            redirects=redirects,
            security=security,
            ports=ports,
            gitlab=gitlab,
            github=github,
            bitbucket=bitbucket,
            gitea=gitea,
            server=server,
            preview_deployments=preview_deployments,
            registry=registry,
            build_registry=build_registry,
            rollback_registry=rollback_registry,
            has_git_provider_access=has_git_provider_access,
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
