from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_schedule_type import ScheduleScheduleType, check_schedule_schedule_type
from ..models.schedule_shell_type import ScheduleShellType, check_schedule_shell_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_summary import ApplicationSummary
    from ..models.compose import Compose
    from ..models.compose_summary import ComposeSummary
    from ..models.deployment import Deployment
    from ..models.server import Server


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """A record of Dokploy's `schedules` table.

    Attributes:
        app_name (str):
        application_id (None | str):
        command (str):
        compose_id (None | str):
        created_at (str):
        cron_expression (str):
        description (None | str):
        enabled (bool):
        name (str):
        organization_id (None | str):
        schedule_id (str):
        schedule_type (ScheduleScheduleType):
        script (None | str):
        server_id (None | str):
        service_name (None | str):
        shell_type (ScheduleShellType):
        timezone (None | str):
        application (ApplicationSummary | None | Unset):
        compose (Compose | ComposeSummary | None | Unset):
        deployments (list[Deployment] | Unset):
        server (None | Server | Unset):
    """

    app_name: str
    application_id: None | str
    command: str
    compose_id: None | str
    created_at: str
    cron_expression: str
    description: None | str
    enabled: bool
    name: str
    organization_id: None | str
    schedule_id: str
    schedule_type: ScheduleScheduleType
    script: None | str
    server_id: None | str
    service_name: None | str
    shell_type: ScheduleShellType
    timezone: None | str
    application: ApplicationSummary | None | Unset = UNSET
    compose: Compose | ComposeSummary | None | Unset = UNSET
    deployments: list[Deployment] | Unset = UNSET
    server: None | Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_summary import ApplicationSummary  # noqa: PLC0415
        from ..models.compose import Compose  # noqa: PLC0415
        from ..models.compose_summary import ComposeSummary  # noqa: PLC0415
        from ..models.server import Server  # noqa: PLC0415

        app_name = self.app_name

        application_id: None | str
        application_id = self.application_id

        command = self.command

        compose_id: None | str
        compose_id = self.compose_id

        created_at = self.created_at

        cron_expression = self.cron_expression

        description: None | str
        description = self.description

        enabled = self.enabled

        name = self.name

        organization_id: None | str
        organization_id = self.organization_id

        schedule_id = self.schedule_id

        schedule_type: str = self.schedule_type

        script: None | str
        script = self.script

        server_id: None | str
        server_id = self.server_id

        service_name: None | str
        service_name = self.service_name

        shell_type: str = self.shell_type

        timezone: None | str
        timezone = self.timezone

        application: dict[str, Any] | None | Unset
        if isinstance(self.application, Unset):
            application = UNSET
        elif isinstance(self.application, ApplicationSummary):
            application = self.application.to_dict()
        else:
            application = self.application

        compose: dict[str, Any] | None | Unset
        if isinstance(self.compose, Unset):
            compose = UNSET
        elif isinstance(self.compose, ComposeSummary):
            compose = self.compose.to_dict()
        elif isinstance(self.compose, Compose):
            compose = self.compose.to_dict()
        else:
            compose = self.compose

        deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = []
            for deployments_item_data in self.deployments:
                deployments_item = deployments_item_data.to_dict()
                deployments.append(deployments_item)

        server: dict[str, Any] | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        elif isinstance(self.server, Server):
            server = self.server.to_dict()
        else:
            server = self.server

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appName": app_name,
                "applicationId": application_id,
                "command": command,
                "composeId": compose_id,
                "createdAt": created_at,
                "cronExpression": cron_expression,
                "description": description,
                "enabled": enabled,
                "name": name,
                "organizationId": organization_id,
                "scheduleId": schedule_id,
                "scheduleType": schedule_type,
                "script": script,
                "serverId": server_id,
                "serviceName": service_name,
                "shellType": shell_type,
                "timezone": timezone,
            }
        )
        if application is not UNSET:
            field_dict["application"] = application
        if compose is not UNSET:
            field_dict["compose"] = compose
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if server is not UNSET:
            field_dict["server"] = server

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_summary import ApplicationSummary  # noqa: PLC0415
        from ..models.compose import Compose  # noqa: PLC0415
        from ..models.compose_summary import ComposeSummary  # noqa: PLC0415
        from ..models.deployment import Deployment  # noqa: PLC0415
        from ..models.server import Server  # noqa: PLC0415

        d = dict(src_dict)
        app_name = d.pop("appName")

        def _parse_application_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        application_id = _parse_application_id(d.pop("applicationId"))

        command = d.pop("command")

        def _parse_compose_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        compose_id = _parse_compose_id(d.pop("composeId"))

        created_at = d.pop("createdAt")

        cron_expression = d.pop("cronExpression")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        enabled = d.pop("enabled")

        name = d.pop("name")

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organizationId"))

        schedule_id = d.pop("scheduleId")

        schedule_type = check_schedule_schedule_type(d.pop("scheduleType"))

        def _parse_script(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        script = _parse_script(d.pop("script"))

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        def _parse_service_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_name = _parse_service_name(d.pop("serviceName"))

        shell_type = check_schedule_shell_type(d.pop("shellType"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        def _parse_application(data: object) -> ApplicationSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                application_type_0 = ApplicationSummary.from_dict(data)

                return application_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationSummary | None | Unset, data)

        application = _parse_application(d.pop("application", UNSET))

        def _parse_compose(data: object) -> Compose | ComposeSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compose_type_0 = ComposeSummary.from_dict(data)

                return compose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compose_type_2 = Compose.from_dict(data)

                return compose_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Compose | ComposeSummary | None | Unset, data)

        compose = _parse_compose(d.pop("compose", UNSET))

        _deployments = d.pop("deployments", UNSET)
        deployments: list[Deployment] | Unset = UNSET
        if _deployments is not UNSET:
            deployments = []
            for deployments_item_data in _deployments:
                deployments_item = Deployment.from_dict(deployments_item_data)

                deployments.append(deployments_item)

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

        schedule = cls(
            app_name=app_name,
            application_id=application_id,
            command=command,
            compose_id=compose_id,
            created_at=created_at,
            cron_expression=cron_expression,
            description=description,
            enabled=enabled,
            name=name,
            organization_id=organization_id,
            schedule_id=schedule_id,
            schedule_type=schedule_type,
            script=script,
            server_id=server_id,
            service_name=service_name,
            shell_type=shell_type,
            timezone=timezone,
            application=application,
            compose=compose,
            deployments=deployments,
            server=server,
        )

        schedule.additional_properties = d
        return schedule

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
