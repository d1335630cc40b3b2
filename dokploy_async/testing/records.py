"""Record shapes of the real server (v0.30.2), field for field.

Each template lists every key a captured response carried, in the server's order, with
the server's defaults. Identity fields (ids, names, timestamps) are filled in by the
factories in :mod:`dokploy_async.testing.state`; the templates are never mutated.
"""

from __future__ import annotations

from typing import Any, Final

APPLICATION: Final[dict[str, Any]] = {
    # application.create / application.one (top level)
    "applicationId": None,
    "name": None,
    "appName": None,
    "description": None,
    "env": None,
    "previewEnv": None,
    "watchPaths": None,
    "previewBuildArgs": None,
    "previewBuildSecrets": None,
    "previewLabels": None,
    "previewWildcard": None,
    "previewPort": 3000,
    "previewHttps": False,
    "previewPath": "/",
    "previewCertificateType": "none",
    "previewCustomCertResolver": None,
    "previewLimit": 3,
    "isPreviewDeploymentsActive": False,
    "previewRequireCollaboratorPermissions": True,
    "rollbackActive": False,
    "buildArgs": None,
    "buildSecrets": None,
    "memoryReservation": None,
    "memoryLimit": None,
    "cpuReservation": None,
    "cpuLimit": None,
    "title": None,
    "enabled": None,
    "subtitle": None,
    "command": None,
    "args": None,
    "icon": None,
    "refreshToken": None,
    "sourceType": "github",
    "cleanCache": False,
    "repository": None,
    "owner": None,
    "branch": None,
    "buildPath": "/",
    "triggerType": "push",
    "autoDeploy": True,
    "gitlabProjectId": None,
    "gitlabRepository": None,
    "gitlabOwner": None,
    "gitlabBranch": None,
    "gitlabBuildPath": "/",
    "gitlabPathNamespace": None,
    "giteaRepository": None,
    "giteaOwner": None,
    "giteaBranch": None,
    "giteaBuildPath": "/",
    "bitbucketRepository": None,
    "bitbucketRepositorySlug": None,
    "bitbucketOwner": None,
    "bitbucketBranch": None,
    "bitbucketBuildPath": "/",
    "username": None,
    "password": None,
    "dockerImage": None,
    "registryUrl": None,
    "customGitUrl": None,
    "customGitBranch": None,
    "customGitBuildPath": None,
    "customGitSSHKeyId": None,
    "enableSubmodules": False,
    "dockerfile": "Dockerfile",
    "dockerContextPath": None,
    "dockerBuildStage": None,
    "dropBuildPath": None,
    "healthCheckSwarm": None,
    "restartPolicySwarm": None,
    "placementSwarm": None,
    "updateConfigSwarm": None,
    "rollbackConfigSwarm": None,
    "modeSwarm": None,
    "labelsSwarm": None,
    "networkSwarm": None,
    "stopGracePeriodSwarm": None,
    "endpointSpecSwarm": None,
    "ulimitsSwarm": None,
    "replicas": 1,
    "applicationStatus": "idle",
    "buildType": "nixpacks",
    "railpackVersion": "0.15.4",
    "herokuVersion": "24",
    "publishDirectory": None,
    "isStaticSpa": None,
    "createEnvFile": True,
    "createdAt": None,
    "registryId": None,
    "rollbackRegistryId": None,
    "environmentId": None,
    "githubId": None,
    "gitlabId": None,
    "giteaId": None,
    "bitbucketId": None,
    "serverId": None,
    "buildServerId": None,
    "buildRegistryId": None,
    "networkIds": [],
    "detachDokployNetwork": False,
}

APPLICATION_ONE_EXTRA: Final[dict[str, Any]] = {
    # relations application.one adds after the columns (environment is filled in)
    "domains": [],
    "deployments": [],
    "mounts": [],
    "redirects": [],
    "security": [],
    "ports": [],
    "gitlab": None,
    "github": None,
    "bitbucket": None,
    "gitea": None,
    "server": None,
    "previewDeployments": [],
    "registry": None,
    "buildRegistry": None,
    "rollbackRegistry": None,
    "hasGitProviderAccess": True,
    "unauthorizedProvider": None,
}

COMPOSE: Final[dict[str, Any]] = {
    # compose.create / compose.one (top level)
    "composeId": None,
    "name": None,
    "appName": None,
    "description": None,
    "env": None,
    "composeFile": None,
    "refreshToken": None,
    "sourceType": "github",
    "composeType": "docker-compose",
    "repository": None,
    "owner": None,
    "branch": None,
    "autoDeploy": True,
    "gitlabProjectId": None,
    "gitlabRepository": None,
    "gitlabOwner": None,
    "gitlabBranch": None,
    "gitlabPathNamespace": None,
    "bitbucketRepository": None,
    "bitbucketRepositorySlug": None,
    "bitbucketOwner": None,
    "bitbucketBranch": None,
    "giteaRepository": None,
    "giteaOwner": None,
    "giteaBranch": None,
    "customGitUrl": None,
    "customGitBranch": None,
    "customGitSSHKeyId": None,
    "command": "",
    "createEnvFile": True,
    "enableSubmodules": False,
    "composePath": "./docker-compose.yml",
    "suffix": "",
    "randomize": False,
    "isolatedDeployment": False,
    "isolatedDeploymentsVolume": False,
    "triggerType": "push",
    "composeStatus": "idle",
    "icon": None,
    "environmentId": None,
    "createdAt": None,
    "watchPaths": None,
    "githubId": None,
    "gitlabId": None,
    "bitbucketId": None,
    "giteaId": None,
    "serverId": None,
    "serviceNetworks": [],
}

COMPOSE_ONE_EXTRA: Final[dict[str, Any]] = {
    # relations compose.one adds (environment is filled in)
    "deployments": [],
    "mounts": [],
    "domains": [],
    "github": None,
    "gitlab": None,
    "bitbucket": None,
    "gitea": None,
    "server": None,
    "backups": [],
    "hasGitProviderAccess": True,
    "unauthorizedProvider": None,
}

# Columns every database service has, in the server's order: limits, the swarm settings
# (null until set), then ownership. Each type adds its id and credentials in front.
_DATABASE_RUNTIME: Final[dict[str, Any]] = {
    "command": None,
    "args": None,
    "env": None,
    "memoryReservation": None,
    "memoryLimit": None,
    "cpuReservation": None,
    "cpuLimit": None,
    "externalPort": None,
    "applicationStatus": "idle",
    **dict.fromkeys(
        (
            "healthCheckSwarm",
            "restartPolicySwarm",
            "placementSwarm",
            "updateConfigSwarm",
            "rollbackConfigSwarm",
            "modeSwarm",
            "labelsSwarm",
            "networkSwarm",
            "stopGracePeriodSwarm",
            "endpointSpecSwarm",
            "ulimitsSwarm",
        )
    ),
    "replicas": 1,
    "createdAt": None,
    "environmentId": None,
    "serverId": None,
    "networkIds": [],
    "detachDokployNetwork": False,
}


def _database(
    id_field: str, credentials: tuple[str, ...], image: str, **extra: Any
) -> dict[str, Any]:
    """The record ``<type>.create`` answers with: id, names, credentials, image, runtime."""
    head = dict.fromkeys((id_field, "name", "appName", "description", *credentials))
    return {**head, "dockerImage": image, **_DATABASE_RUNTIME, **extra}


_SQL_CREDENTIALS = ("databaseName", "databaseUser", "databasePassword", "databaseRootPassword")

POSTGRES: Final = _database(
    "postgresId", ("databaseName", "databaseUser", "databasePassword"), "postgres:18"
)
MYSQL: Final = _database("mysqlId", _SQL_CREDENTIALS, "mysql:8")
MARIADB: Final = _database("mariadbId", _SQL_CREDENTIALS, "mariadb:6")
MONGO: Final = _database(
    "mongoId", ("databaseUser", "databasePassword"), "mongo:15", replicaSets=False
)
REDIS: Final = _database("redisId", ("databasePassword",), "redis:8")

DATABASE_ONE_EXTRA: Final[dict[str, Any]] = {
    # relations postgres.one adds (environment and mounts are filled in)
    "server": None,
    "backups": [],
}

MOUNT: Final[dict[str, Any]] = {
    # the data volume a database is created with
    "mountId": None,
    "type": "volume",
    "hostPath": None,
    "volumeName": None,
    "filePath": None,
    "content": None,
    "serviceType": None,
    "mountPath": None,
    "applicationId": None,
    "composeId": None,
    "libsqlId": None,
    "mariadbId": None,
    "mongoId": None,
    "mysqlId": None,
    "postgresId": None,
    "redisId": None,
}

DEPLOYMENT: Final[dict[str, Any]] = {
    # deployment.all / allByCompose rows (allByType adds `rollback`)
    "deploymentId": None,
    "title": None,
    "description": None,
    "status": None,
    "logPath": None,
    "pid": None,
    "applicationId": None,
    "composeId": None,
    "serverId": None,
    "isPreviewDeployment": False,
    "previewDeploymentId": None,
    "createdAt": None,
    "startedAt": None,
    "finishedAt": None,
    "errorMessage": None,
    "scheduleId": None,
    "backupId": None,
    "rollbackId": None,
    "volumeBackupId": None,
    "buildServerId": None,
}

DOMAIN: Final[dict[str, Any]] = {
    # domain.create / domain.one (one adds `application`)
    "domainId": None,
    "host": None,
    "https": False,
    "port": 80,
    "customEntrypoint": None,
    "path": "/",
    "serviceName": None,
    "domainType": "application",
    "uniqueConfigKey": None,
    "createdAt": None,
    "composeId": None,
    "customCertResolver": None,
    "applicationId": None,
    "previewDeploymentId": None,
    "certificateType": "none",
    "internalPath": "/",
    "stripPath": False,
    "middlewares": [],
    "forwardAuthEnabled": False,
    "enabled": True,
}

WEB_SERVER_SETTINGS: Final[dict[str, Any]] = {
    # settings.getWebServerSettings
    "id": None,
    "serverIp": None,
    "certificateType": "none",
    "https": False,
    "host": None,
    "letsEncryptEmail": None,
    "sshPrivateKey": None,
    "enableDockerCleanup": True,
    "logCleanupCron": "0 0 * * *",
    "metricsConfig": {
        "server": {
            "port": 4500,
            "type": "Dokploy",
            "token": "",
            "cronJob": "",
            "thresholds": {"cpu": 0, "memory": 0},
            "refreshRate": 60,
            "urlCallback": "",
            "retentionDays": 2,
        },
        "containers": {"services": {"exclude": [], "include": []}, "refreshRate": 60},
    },
    "whitelabelingConfig": {
        "appName": None,
        "docsUrl": None,
        "logoUrl": None,
        "customCss": None,
        "metaTitle": None,
        "faviconUrl": None,
        "footerText": None,
        "supportUrl": None,
        "loginLogoUrl": None,
        "appDescription": None,
        "errorPageTitle": None,
        "errorPageDescription": None,
    },
    "remoteServersOnly": False,
    "buildsConcurrency": 1,
    "enforceSSO": False,
    "cleanupCacheApplications": False,
    "cleanupCacheOnPreviews": False,
    "cleanupCacheOnCompose": False,
    "createdAt": None,
    "updatedAt": None,
}

#: Default data mount per database type: (mountPath, volume suffix).
DATABASE_MOUNT_PATHS: Final[dict[str, str]] = {
    "postgres": "/var/lib/postgresql/18/docker",
    "mysql": "/var/lib/mysql",
    "mariadb": "/var/lib/mysql",
    "mongo": "/data/db",
    "redis": "/data",
}

#: Default image per database type, as the server picks when none is given.
DATABASE_IMAGES: Final[dict[str, str]] = {
    "postgres": "postgres:18",
    "mysql": "mysql:8",
    "mariadb": "mariadb:6",
    "mongo": "mongo:15",
    "redis": "redis:8",
}

#: Template per database type.
DATABASES: Final[dict[str, dict[str, Any]]] = {
    "postgres": POSTGRES,
    "mysql": MYSQL,
    "mariadb": MARIADB,
    "mongo": MONGO,
    "redis": REDIS,
}
