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
    from ..models.server import Server


T = TypeVar("T", bound="Compose")


@_attrs_define
class Compose:
    """A docker-compose service.

    Attributes:
        compose_id (str | Unset):
        name (str | Unset):
        app_name (str | Unset):
        description (None | str | Unset):
        env (None | str | Unset):
        compose_file (str | Unset):
        refresh_token (None | str | Unset):
        source_type (str | Unset): one of: git, github, gitlab, bitbucket, gitea, raw (others may appear)
        compose_type (str | Unset): one of: docker-compose, stack (others may appear)
        repository (None | str | Unset):
        owner (None | str | Unset):
        branch (None | str | Unset):
        auto_deploy (bool | None | Unset):
        gitlab_project_id (int | None | Unset):
        gitlab_repository (None | str | Unset):
        gitlab_owner (None | str | Unset):
        gitlab_branch (None | str | Unset):
        gitlab_path_namespace (None | str | Unset):
        bitbucket_repository (None | str | Unset):
        bitbucket_repository_slug (None | str | Unset):
        bitbucket_owner (None | str | Unset):
        bitbucket_branch (None | str | Unset):
        gitea_repository (None | str | Unset):
        gitea_owner (None | str | Unset):
        gitea_branch (None | str | Unset):
        custom_git_url (None | str | Unset):
        custom_git_branch (None | str | Unset):
        custom_git_ssh_key_id (None | str | Unset):
        command (str | Unset):
        create_env_file (bool | Unset):
        enable_submodules (bool | Unset):
        compose_path (str | Unset):
        suffix (str | Unset):
        randomize (bool | Unset):
        isolated_deployment (bool | Unset):
        isolated_deployments_volume (bool | Unset):
        trigger_type (None | str | Unset): one of: push, tag (others may appear)
        compose_status (str | Unset): idle, running, done or error (others may appear)
        icon (None | str | Unset):
        environment_id (str | Unset):
        created_at (str | Unset):
        watch_paths (list[str] | None | Unset):
        github_id (None | str | Unset):
        gitlab_id (None | str | Unset):
        bitbucket_id (None | str | Unset):
        gitea_id (None | str | Unset):
        server_id (None | str | Unset):
        service_networks (list[Any] | Unset): Networks the services join (shape not captured).
        environment (Environment | Unset): An environment of a project (a default "production" one is created with the
            project). Reads nest its services; environment.one and environment.byProjectId nest the project.
        deployments (list[Deployment] | Unset):
        mounts (list[Mount] | Unset):
        domains (list[Domain] | Unset):
        github (Any | Unset): The linked GitHub provider, or null (open JSON).
        gitlab (Any | Unset): The linked GitLab provider, or null (open JSON).
        bitbucket (Any | Unset): The linked Bitbucket provider, or null (open JSON).
        gitea (Any | Unset): The linked Gitea provider, or null (open JSON).
        server (None | Server | Unset):
        backups (list[Any] | Unset): Backup configurations (shape not captured).
        has_git_provider_access (bool | Unset):
        unauthorized_provider (Any | Unset): Which git provider the caller may not use, or null (open JSON).
    """

    compose_id: str | Unset = UNSET
    name: str | Unset = UNSET
    app_name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    env: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    compose_file: str | Unset = UNSET
    refresh_token: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    source_type: str | Unset = UNSET
    compose_type: str | Unset = UNSET
    repository: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    branch: None | str | Unset = UNSET
    auto_deploy: bool | None | Unset = UNSET
    gitlab_project_id: int | None | Unset = UNSET
    gitlab_repository: None | str | Unset = UNSET
    gitlab_owner: None | str | Unset = UNSET
    gitlab_branch: None | str | Unset = UNSET
    gitlab_path_namespace: None | str | Unset = UNSET
    bitbucket_repository: None | str | Unset = UNSET
    bitbucket_repository_slug: None | str | Unset = UNSET
    bitbucket_owner: None | str | Unset = UNSET
    bitbucket_branch: None | str | Unset = UNSET
    gitea_repository: None | str | Unset = UNSET
    gitea_owner: None | str | Unset = UNSET
    gitea_branch: None | str | Unset = UNSET
    custom_git_url: None | str | Unset = UNSET
    custom_git_branch: None | str | Unset = UNSET
    custom_git_ssh_key_id: None | str | Unset = UNSET
    command: str | Unset = UNSET
    create_env_file: bool | Unset = UNSET
    enable_submodules: bool | Unset = UNSET
    compose_path: str | Unset = UNSET
    suffix: str | Unset = UNSET
    randomize: bool | Unset = UNSET
    isolated_deployment: bool | Unset = UNSET
    isolated_deployments_volume: bool | Unset = UNSET
    trigger_type: None | str | Unset = UNSET
    compose_status: str | Unset = UNSET
    icon: None | str | Unset = UNSET
    environment_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    watch_paths: list[str] | None | Unset = UNSET
    github_id: None | str | Unset = UNSET
    gitlab_id: None | str | Unset = UNSET
    bitbucket_id: None | str | Unset = UNSET
    gitea_id: None | str | Unset = UNSET
    server_id: None | str | Unset = UNSET
    service_networks: list[Any] | Unset = UNSET
    environment: Environment | Unset = UNSET
    deployments: list[Deployment] | Unset = UNSET
    mounts: list[Mount] | Unset = UNSET
    domains: list[Domain] | Unset = UNSET
    github: Any | Unset = UNSET
    gitlab: Any | Unset = UNSET
    bitbucket: Any | Unset = UNSET
    gitea: Any | Unset = UNSET
    server: None | Server | Unset = UNSET
    backups: list[Any] | Unset = UNSET
    has_git_provider_access: bool | Unset = UNSET
    unauthorized_provider: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.server import Server  # noqa: PLC0415

        compose_id = self.compose_id

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

        compose_file = self.compose_file

        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        source_type = self.source_type

        compose_type = self.compose_type

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

        gitlab_path_namespace: None | str | Unset
        if isinstance(self.gitlab_path_namespace, Unset):
            gitlab_path_namespace = UNSET
        else:
            gitlab_path_namespace = self.gitlab_path_namespace

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

        custom_git_ssh_key_id: None | str | Unset
        if isinstance(self.custom_git_ssh_key_id, Unset):
            custom_git_ssh_key_id = UNSET
        else:
            custom_git_ssh_key_id = self.custom_git_ssh_key_id

        command = self.command

        create_env_file = self.create_env_file

        enable_submodules = self.enable_submodules

        compose_path = self.compose_path

        suffix = self.suffix

        randomize = self.randomize

        isolated_deployment = self.isolated_deployment

        isolated_deployments_volume = self.isolated_deployments_volume

        trigger_type: None | str | Unset
        if isinstance(self.trigger_type, Unset):
            trigger_type = UNSET
        else:
            trigger_type = self.trigger_type

        compose_status = self.compose_status

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        environment_id = self.environment_id

        created_at = self.created_at

        watch_paths: list[str] | None | Unset
        if isinstance(self.watch_paths, Unset):
            watch_paths = UNSET
        elif isinstance(self.watch_paths, list):
            watch_paths = self.watch_paths

        else:
            watch_paths = self.watch_paths

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

        bitbucket_id: None | str | Unset
        if isinstance(self.bitbucket_id, Unset):
            bitbucket_id = UNSET
        else:
            bitbucket_id = self.bitbucket_id

        gitea_id: None | str | Unset
        if isinstance(self.gitea_id, Unset):
            gitea_id = UNSET
        else:
            gitea_id = self.gitea_id

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        service_networks: list[Any] | Unset = UNSET
        if not isinstance(self.service_networks, Unset):
            service_networks = self.service_networks

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

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

        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        github = self.github

        gitlab = self.gitlab

        bitbucket = self.bitbucket

        gitea = self.gitea

        server: dict[str, Any] | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        elif isinstance(self.server, Server):
            server = self.server.to_dict()
        else:
            server = self.server

        backups: list[Any] | Unset = UNSET
        if not isinstance(self.backups, Unset):
            backups = self.backups

        has_git_provider_access = self.has_git_provider_access

        unauthorized_provider = self.unauthorized_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id
        if name is not UNSET:
            field_dict["name"] = name
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if description is not UNSET:
            field_dict["description"] = description
        if env is not UNSET:
            field_dict["env"] = env
        if compose_file is not UNSET:
            field_dict["composeFile"] = compose_file
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if compose_type is not UNSET:
            field_dict["composeType"] = compose_type
        if repository is not UNSET:
            field_dict["repository"] = repository
        if owner is not UNSET:
            field_dict["owner"] = owner
        if branch is not UNSET:
            field_dict["branch"] = branch
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
        if gitlab_path_namespace is not UNSET:
            field_dict["gitlabPathNamespace"] = gitlab_path_namespace
        if bitbucket_repository is not UNSET:
            field_dict["bitbucketRepository"] = bitbucket_repository
        if bitbucket_repository_slug is not UNSET:
            field_dict["bitbucketRepositorySlug"] = bitbucket_repository_slug
        if bitbucket_owner is not UNSET:
            field_dict["bitbucketOwner"] = bitbucket_owner
        if bitbucket_branch is not UNSET:
            field_dict["bitbucketBranch"] = bitbucket_branch
        if gitea_repository is not UNSET:
            field_dict["giteaRepository"] = gitea_repository
        if gitea_owner is not UNSET:
            field_dict["giteaOwner"] = gitea_owner
        if gitea_branch is not UNSET:
            field_dict["giteaBranch"] = gitea_branch
        if custom_git_url is not UNSET:
            field_dict["customGitUrl"] = custom_git_url
        if custom_git_branch is not UNSET:
            field_dict["customGitBranch"] = custom_git_branch
        if custom_git_ssh_key_id is not UNSET:
            field_dict["customGitSSHKeyId"] = custom_git_ssh_key_id
        if command is not UNSET:
            field_dict["command"] = command
        if create_env_file is not UNSET:
            field_dict["createEnvFile"] = create_env_file
        if enable_submodules is not UNSET:
            field_dict["enableSubmodules"] = enable_submodules
        if compose_path is not UNSET:
            field_dict["composePath"] = compose_path
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if randomize is not UNSET:
            field_dict["randomize"] = randomize
        if isolated_deployment is not UNSET:
            field_dict["isolatedDeployment"] = isolated_deployment
        if isolated_deployments_volume is not UNSET:
            field_dict["isolatedDeploymentsVolume"] = isolated_deployments_volume
        if trigger_type is not UNSET:
            field_dict["triggerType"] = trigger_type
        if compose_status is not UNSET:
            field_dict["composeStatus"] = compose_status
        if icon is not UNSET:
            field_dict["icon"] = icon
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if watch_paths is not UNSET:
            field_dict["watchPaths"] = watch_paths
        if github_id is not UNSET:
            field_dict["githubId"] = github_id
        if gitlab_id is not UNSET:
            field_dict["gitlabId"] = gitlab_id
        if bitbucket_id is not UNSET:
            field_dict["bitbucketId"] = bitbucket_id
        if gitea_id is not UNSET:
            field_dict["giteaId"] = gitea_id
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if service_networks is not UNSET:
            field_dict["serviceNetworks"] = service_networks
        if environment is not UNSET:
            field_dict["environment"] = environment
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if domains is not UNSET:
            field_dict["domains"] = domains
        if github is not UNSET:
            field_dict["github"] = github
        if gitlab is not UNSET:
            field_dict["gitlab"] = gitlab
        if bitbucket is not UNSET:
            field_dict["bitbucket"] = bitbucket
        if gitea is not UNSET:
            field_dict["gitea"] = gitea
        if server is not UNSET:
            field_dict["server"] = server
        if backups is not UNSET:
            field_dict["backups"] = backups
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
        from ..models.server import Server  # noqa: PLC0415

        d = dict(src_dict)
        compose_id = d.pop("composeId", UNSET)

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

        compose_file = d.pop("composeFile", UNSET)

        def _parse_refresh_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refresh_token = _parse_refresh_token(d.pop("refreshToken", UNSET))

        source_type = d.pop("sourceType", UNSET)

        compose_type = d.pop("composeType", UNSET)

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

        def _parse_gitlab_path_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitlab_path_namespace = _parse_gitlab_path_namespace(d.pop("gitlabPathNamespace", UNSET))

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

        def _parse_custom_git_ssh_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_git_ssh_key_id = _parse_custom_git_ssh_key_id(d.pop("customGitSSHKeyId", UNSET))

        command = d.pop("command", UNSET)

        create_env_file = d.pop("createEnvFile", UNSET)

        enable_submodules = d.pop("enableSubmodules", UNSET)

        compose_path = d.pop("composePath", UNSET)

        suffix = d.pop("suffix", UNSET)

        randomize = d.pop("randomize", UNSET)

        isolated_deployment = d.pop("isolatedDeployment", UNSET)

        isolated_deployments_volume = d.pop("isolatedDeploymentsVolume", UNSET)

        def _parse_trigger_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_type = _parse_trigger_type(d.pop("triggerType", UNSET))

        compose_status = d.pop("composeStatus", UNSET)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        environment_id = d.pop("environmentId", UNSET)

        created_at = d.pop("createdAt", UNSET)

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

        def _parse_bitbucket_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bitbucket_id = _parse_bitbucket_id(d.pop("bitbucketId", UNSET))

        def _parse_gitea_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitea_id = _parse_gitea_id(d.pop("giteaId", UNSET))

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        service_networks = cast(list[Any], d.pop("serviceNetworks", UNSET))

        _environment = d.pop("environment", UNSET)
        environment: Environment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = Environment.from_dict(_environment)

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

        _domains = d.pop("domains", UNSET)
        domains: list[Domain] | Unset = UNSET
        if _domains is not UNSET:
            domains = []
            for domains_item_data in _domains:
                domains_item = Domain.from_dict(domains_item_data)

                domains.append(domains_item)

        github = d.pop("github", UNSET)

        gitlab = d.pop("gitlab", UNSET)

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

        backups = cast(list[Any], d.pop("backups", UNSET))

        has_git_provider_access = d.pop("hasGitProviderAccess", UNSET)

        unauthorized_provider = d.pop("unauthorizedProvider", UNSET)

        compose = cls(
            compose_id=compose_id,
            name=name,
            app_name=app_name,
            description=description,
            env=env,
            compose_file=compose_file,
            refresh_token=refresh_token,
            source_type=source_type,
            compose_type=compose_type,
            repository=repository,
            owner=owner,
            branch=branch,
            auto_deploy=auto_deploy,
            gitlab_project_id=gitlab_project_id,
            gitlab_repository=gitlab_repository,
            gitlab_owner=gitlab_owner,
            gitlab_branch=gitlab_branch,
            gitlab_path_namespace=gitlab_path_namespace,
            bitbucket_repository=bitbucket_repository,
            bitbucket_repository_slug=bitbucket_repository_slug,
            bitbucket_owner=bitbucket_owner,
            bitbucket_branch=bitbucket_branch,
            gitea_repository=gitea_repository,
            gitea_owner=gitea_owner,
            gitea_branch=gitea_branch,
            custom_git_url=custom_git_url,
            custom_git_branch=custom_git_branch,
            custom_git_ssh_key_id=custom_git_ssh_key_id,
            command=command,
            create_env_file=create_env_file,
            enable_submodules=enable_submodules,
            compose_path=compose_path,
            suffix=suffix,
            randomize=randomize,
            isolated_deployment=isolated_deployment,
            isolated_deployments_volume=isolated_deployments_volume,
            trigger_type=trigger_type,
            compose_status=compose_status,
            icon=icon,
            environment_id=environment_id,
            created_at=created_at,
            watch_paths=watch_paths,
            github_id=github_id,
            gitlab_id=gitlab_id,
            bitbucket_id=bitbucket_id,
            gitea_id=gitea_id,
            server_id=server_id,
            service_networks=service_networks,
            environment=environment,
            deployments=deployments,
            mounts=mounts,
            domains=domains,
            github=github,
            gitlab=gitlab,
            bitbucket=bitbucket,
            gitea=gitea,
            server=server,
            backups=backups,
            has_git_provider_access=has_git_provider_access,
            unauthorized_provider=unauthorized_provider,
        )

        compose.additional_properties = d
        return compose

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
