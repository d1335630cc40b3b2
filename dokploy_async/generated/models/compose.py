from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compose_compose_status import ComposeComposeStatus, check_compose_compose_status
from ..models.compose_compose_type import ComposeComposeType, check_compose_compose_type
from ..models.compose_source_type import ComposeSourceType, check_compose_source_type
from ..models.compose_trigger_type import ComposeTriggerType, check_compose_trigger_type
from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.backup import Backup
    from ..models.bitbucket import Bitbucket
    from ..models.compose_service_networks_type_0_item import ComposeServiceNetworksType0Item
    from ..models.deployment import Deployment
    from ..models.domain import Domain
    from ..models.environment import Environment
    from ..models.gitea import Gitea
    from ..models.github import Github
    from ..models.gitlab import Gitlab
    from ..models.mount import Mount
    from ..models.server import Server


T = TypeVar("T", bound="Compose")


@_attrs_define
class Compose:
    """A record of Dokploy's `compose` table.

    Attributes:
        app_name (str):
        auto_deploy (bool | None):
        bitbucket_branch (None | str):
        bitbucket_id (None | str):
        bitbucket_owner (None | str):
        bitbucket_repository (None | str):
        bitbucket_repository_slug (None | str):
        branch (None | str):
        command (str):
        compose_file (str):
        compose_id (str):
        compose_path (str):
        compose_status (ComposeComposeStatus):
        compose_type (ComposeComposeType):
        create_env_file (bool):
        created_at (str):
        custom_git_branch (None | str):
        custom_git_ssh_key_id (None | str):
        custom_git_url (None | str):
        description (None | str):
        enable_submodules (bool):
        env (None | str):
        environment_id (str):
        gitea_branch (None | str):
        gitea_id (None | str):
        gitea_owner (None | str):
        gitea_repository (None | str):
        github_id (None | str):
        gitlab_branch (None | str):
        gitlab_id (None | str):
        gitlab_owner (None | str):
        gitlab_path_namespace (None | str):
        gitlab_project_id (int | None):
        gitlab_repository (None | str):
        icon (None | str):
        isolated_deployment (bool):
        isolated_deployments_volume (bool):
        name (str):
        owner (None | str):
        randomize (bool):
        refresh_token (None | str):
        repository (None | str):
        server_id (None | str):
        service_networks (list[ComposeServiceNetworksType0Item] | None):
        source_type (ComposeSourceType):
        suffix (str):
        trigger_type (ComposeTriggerType | None):
        watch_paths (list[str] | None):
        backups (list[Backup] | Unset):
        bitbucket (Bitbucket | None | Unset):
        deployments (list[Deployment] | Unset):
        domains (list[Domain] | Unset):
        environment (Environment | Unset): A record of Dokploy's `environments` table.
        gitea (Gitea | None | Unset):
        github (Github | None | Unset):
        gitlab (Gitlab | None | Unset):
        has_git_provider_access (bool | Unset):
        mounts (list[Mount] | Unset):
        server (None | Server | Unset):
        unauthorized_provider (None | str | Unset):
    """

    app_name: str
    auto_deploy: bool | None
    bitbucket_branch: None | str
    bitbucket_id: None | str
    bitbucket_owner: None | str
    bitbucket_repository: None | str
    bitbucket_repository_slug: None | str
    branch: None | str
    command: str
    compose_file: str
    compose_id: str
    compose_path: str
    compose_status: ComposeComposeStatus
    compose_type: ComposeComposeType
    create_env_file: bool
    created_at: str
    custom_git_branch: None | str
    custom_git_ssh_key_id: None | str
    custom_git_url: None | str
    description: None | str
    enable_submodules: bool
    env: None | str = _attrs_field(repr=masked)
    environment_id: str
    gitea_branch: None | str
    gitea_id: None | str
    gitea_owner: None | str
    gitea_repository: None | str
    github_id: None | str
    gitlab_branch: None | str
    gitlab_id: None | str
    gitlab_owner: None | str
    gitlab_path_namespace: None | str
    gitlab_project_id: int | None
    gitlab_repository: None | str
    icon: None | str
    isolated_deployment: bool
    isolated_deployments_volume: bool
    name: str
    owner: None | str
    randomize: bool
    refresh_token: None | str = _attrs_field(repr=masked)
    repository: None | str
    server_id: None | str
    service_networks: list[ComposeServiceNetworksType0Item] | None
    source_type: ComposeSourceType
    suffix: str
    trigger_type: ComposeTriggerType | None
    watch_paths: list[str] | None
    backups: list[Backup] | Unset = UNSET
    bitbucket: Bitbucket | None | Unset = UNSET
    deployments: list[Deployment] | Unset = UNSET
    domains: list[Domain] | Unset = UNSET
    environment: Environment | Unset = UNSET
    gitea: Gitea | None | Unset = UNSET
    github: Github | None | Unset = UNSET
    gitlab: Gitlab | None | Unset = UNSET
    has_git_provider_access: bool | Unset = UNSET
    mounts: list[Mount] | Unset = UNSET
    server: None | Server | Unset = UNSET
    unauthorized_provider: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bitbucket import Bitbucket  # noqa: PLC0415
        from ..models.gitea import Gitea  # noqa: PLC0415
        from ..models.github import Github  # noqa: PLC0415
        from ..models.gitlab import Gitlab  # noqa: PLC0415
        from ..models.server import Server  # noqa: PLC0415

        app_name = self.app_name

        auto_deploy: bool | None
        auto_deploy = self.auto_deploy

        bitbucket_branch: None | str
        bitbucket_branch = self.bitbucket_branch

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

        command = self.command

        compose_file = self.compose_file

        compose_id = self.compose_id

        compose_path = self.compose_path

        compose_status: str = self.compose_status

        compose_type: str = self.compose_type

        create_env_file = self.create_env_file

        created_at = self.created_at

        custom_git_branch: None | str
        custom_git_branch = self.custom_git_branch

        custom_git_ssh_key_id: None | str
        custom_git_ssh_key_id = self.custom_git_ssh_key_id

        custom_git_url: None | str
        custom_git_url = self.custom_git_url

        description: None | str
        description = self.description

        enable_submodules = self.enable_submodules

        env: None | str
        env = self.env

        environment_id = self.environment_id

        gitea_branch: None | str
        gitea_branch = self.gitea_branch

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

        icon: None | str
        icon = self.icon

        isolated_deployment = self.isolated_deployment

        isolated_deployments_volume = self.isolated_deployments_volume

        name = self.name

        owner: None | str
        owner = self.owner

        randomize = self.randomize

        refresh_token: None | str
        refresh_token = self.refresh_token

        repository: None | str
        repository = self.repository

        server_id: None | str
        server_id = self.server_id

        service_networks: list[dict[str, Any]] | None
        if isinstance(self.service_networks, list):
            service_networks = []
            for service_networks_type_0_item_data in self.service_networks:
                service_networks_type_0_item = service_networks_type_0_item_data.to_dict()
                service_networks.append(service_networks_type_0_item)

        else:
            service_networks = self.service_networks

        source_type: str = self.source_type

        suffix = self.suffix

        trigger_type: None | str
        if isinstance(self.trigger_type, str):
            trigger_type = self.trigger_type
        else:
            trigger_type = self.trigger_type

        watch_paths: list[str] | None
        if isinstance(self.watch_paths, list):
            watch_paths = self.watch_paths

        else:
            watch_paths = self.watch_paths

        backups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.backups, Unset):
            backups = []
            for backups_item_data in self.backups:
                backups_item = backups_item_data.to_dict()
                backups.append(backups_item)

        bitbucket: dict[str, Any] | None | Unset
        if isinstance(self.bitbucket, Unset):
            bitbucket = UNSET
        elif isinstance(self.bitbucket, Bitbucket):
            bitbucket = self.bitbucket.to_dict()
        else:
            bitbucket = self.bitbucket

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
        elif isinstance(self.gitea, Gitea):
            gitea = self.gitea.to_dict()
        else:
            gitea = self.gitea

        github: dict[str, Any] | None | Unset
        if isinstance(self.github, Unset):
            github = UNSET
        elif isinstance(self.github, Github):
            github = self.github.to_dict()
        else:
            github = self.github

        gitlab: dict[str, Any] | None | Unset
        if isinstance(self.gitlab, Unset):
            gitlab = UNSET
        elif isinstance(self.gitlab, Gitlab):
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
                "autoDeploy": auto_deploy,
                "bitbucketBranch": bitbucket_branch,
                "bitbucketId": bitbucket_id,
                "bitbucketOwner": bitbucket_owner,
                "bitbucketRepository": bitbucket_repository,
                "bitbucketRepositorySlug": bitbucket_repository_slug,
                "branch": branch,
                "command": command,
                "composeFile": compose_file,
                "composeId": compose_id,
                "composePath": compose_path,
                "composeStatus": compose_status,
                "composeType": compose_type,
                "createEnvFile": create_env_file,
                "createdAt": created_at,
                "customGitBranch": custom_git_branch,
                "customGitSSHKeyId": custom_git_ssh_key_id,
                "customGitUrl": custom_git_url,
                "description": description,
                "enableSubmodules": enable_submodules,
                "env": env,
                "environmentId": environment_id,
                "giteaBranch": gitea_branch,
                "giteaId": gitea_id,
                "giteaOwner": gitea_owner,
                "giteaRepository": gitea_repository,
                "githubId": github_id,
                "gitlabBranch": gitlab_branch,
                "gitlabId": gitlab_id,
                "gitlabOwner": gitlab_owner,
                "gitlabPathNamespace": gitlab_path_namespace,
                "gitlabProjectId": gitlab_project_id,
                "gitlabRepository": gitlab_repository,
                "icon": icon,
                "isolatedDeployment": isolated_deployment,
                "isolatedDeploymentsVolume": isolated_deployments_volume,
                "name": name,
                "owner": owner,
                "randomize": randomize,
                "refreshToken": refresh_token,
                "repository": repository,
                "serverId": server_id,
                "serviceNetworks": service_networks,
                "sourceType": source_type,
                "suffix": suffix,
                "triggerType": trigger_type,
                "watchPaths": watch_paths,
            }
        )
        if backups is not UNSET:
            field_dict["backups"] = backups
        if bitbucket is not UNSET:
            field_dict["bitbucket"] = bitbucket
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
        if server is not UNSET:
            field_dict["server"] = server
        if unauthorized_provider is not UNSET:
            field_dict["unauthorizedProvider"] = unauthorized_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backup import Backup  # noqa: PLC0415
        from ..models.bitbucket import Bitbucket  # noqa: PLC0415
        from ..models.compose_service_networks_type_0_item import ComposeServiceNetworksType0Item  # noqa: PLC0415
        from ..models.deployment import Deployment  # noqa: PLC0415
        from ..models.domain import Domain  # noqa: PLC0415
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.gitea import Gitea  # noqa: PLC0415
        from ..models.github import Github  # noqa: PLC0415
        from ..models.gitlab import Gitlab  # noqa: PLC0415
        from ..models.mount import Mount  # noqa: PLC0415
        from ..models.server import Server  # noqa: PLC0415

        d = dict(src_dict)
        app_name = d.pop("appName")

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

        command = d.pop("command")

        compose_file = d.pop("composeFile")

        compose_id = d.pop("composeId")

        compose_path = d.pop("composePath")

        compose_status = check_compose_compose_status(d.pop("composeStatus"))

        compose_type = check_compose_compose_type(d.pop("composeType"))

        create_env_file = d.pop("createEnvFile")

        created_at = d.pop("createdAt")

        def _parse_custom_git_branch(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_git_branch = _parse_custom_git_branch(d.pop("customGitBranch"))

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

        enable_submodules = d.pop("enableSubmodules")

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

        def _parse_icon(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        icon = _parse_icon(d.pop("icon"))

        isolated_deployment = d.pop("isolatedDeployment")

        isolated_deployments_volume = d.pop("isolatedDeploymentsVolume")

        name = d.pop("name")

        def _parse_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner = _parse_owner(d.pop("owner"))

        randomize = d.pop("randomize")

        def _parse_refresh_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refresh_token = _parse_refresh_token(d.pop("refreshToken"))

        def _parse_repository(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        repository = _parse_repository(d.pop("repository"))

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        def _parse_service_networks(data: object) -> list[ComposeServiceNetworksType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                service_networks_type_0 = []
                _service_networks_type_0 = data
                for service_networks_type_0_item_data in _service_networks_type_0:
                    service_networks_type_0_item = ComposeServiceNetworksType0Item.from_dict(
                        service_networks_type_0_item_data
                    )

                    service_networks_type_0.append(service_networks_type_0_item)

                return service_networks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ComposeServiceNetworksType0Item] | None, data)

        service_networks = _parse_service_networks(d.pop("serviceNetworks"))

        source_type = check_compose_source_type(d.pop("sourceType"))

        suffix = d.pop("suffix")

        def _parse_trigger_type(data: object) -> ComposeTriggerType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trigger_type_trigger_type = check_compose_trigger_type(data)

                return trigger_type_trigger_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComposeTriggerType | None, data)

        trigger_type = _parse_trigger_type(d.pop("triggerType"))

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

        _backups = d.pop("backups", UNSET)
        backups: list[Backup] | Unset = UNSET
        if _backups is not UNSET:
            backups = []
            for backups_item_data in _backups:
                backups_item = Backup.from_dict(backups_item_data)

                backups.append(backups_item)

        def _parse_bitbucket(data: object) -> Bitbucket | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bitbucket_type_0 = Bitbucket.from_dict(data)

                return bitbucket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Bitbucket | None | Unset, data)

        bitbucket = _parse_bitbucket(d.pop("bitbucket", UNSET))

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

        def _parse_gitea(data: object) -> Gitea | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gitea_type_0 = Gitea.from_dict(data)

                return gitea_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gitea | None | Unset, data)

        gitea = _parse_gitea(d.pop("gitea", UNSET))

        def _parse_github(data: object) -> Github | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                github_type_0 = Github.from_dict(data)

                return github_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Github | None | Unset, data)

        github = _parse_github(d.pop("github", UNSET))

        def _parse_gitlab(data: object) -> Gitlab | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gitlab_type_0 = Gitlab.from_dict(data)

                return gitlab_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gitlab | None | Unset, data)

        gitlab = _parse_gitlab(d.pop("gitlab", UNSET))

        has_git_provider_access = d.pop("hasGitProviderAccess", UNSET)

        _mounts = d.pop("mounts", UNSET)
        mounts: list[Mount] | Unset = UNSET
        if _mounts is not UNSET:
            mounts = []
            for mounts_item_data in _mounts:
                mounts_item = Mount.from_dict(mounts_item_data)

                mounts.append(mounts_item)

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

        compose = cls(
            app_name=app_name,
            auto_deploy=auto_deploy,
            bitbucket_branch=bitbucket_branch,
            bitbucket_id=bitbucket_id,
            bitbucket_owner=bitbucket_owner,
            bitbucket_repository=bitbucket_repository,
            bitbucket_repository_slug=bitbucket_repository_slug,
            branch=branch,
            command=command,
            compose_file=compose_file,
            compose_id=compose_id,
            compose_path=compose_path,
            compose_status=compose_status,
            compose_type=compose_type,
            create_env_file=create_env_file,
            created_at=created_at,
            custom_git_branch=custom_git_branch,
            custom_git_ssh_key_id=custom_git_ssh_key_id,
            custom_git_url=custom_git_url,
            description=description,
            enable_submodules=enable_submodules,
            env=env,
            environment_id=environment_id,
            gitea_branch=gitea_branch,
            gitea_id=gitea_id,
            gitea_owner=gitea_owner,
            gitea_repository=gitea_repository,
            github_id=github_id,
            gitlab_branch=gitlab_branch,
            gitlab_id=gitlab_id,
            gitlab_owner=gitlab_owner,
            gitlab_path_namespace=gitlab_path_namespace,
            gitlab_project_id=gitlab_project_id,
            gitlab_repository=gitlab_repository,
            icon=icon,
            isolated_deployment=isolated_deployment,
            isolated_deployments_volume=isolated_deployments_volume,
            name=name,
            owner=owner,
            randomize=randomize,
            refresh_token=refresh_token,
            repository=repository,
            server_id=server_id,
            service_networks=service_networks,
            source_type=source_type,
            suffix=suffix,
            trigger_type=trigger_type,
            watch_paths=watch_paths,
            backups=backups,
            bitbucket=bitbucket,
            deployments=deployments,
            domains=domains,
            environment=environment,
            gitea=gitea,
            github=github,
            gitlab=gitlab,
            has_git_provider_access=has_git_provider_access,
            mounts=mounts,
            server=server,
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
