from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_create_body_schedule_type import (
    ScheduleCreateBodyScheduleType,
    check_schedule_create_body_schedule_type,
)
from ..models.schedule_create_body_shell_type import (
    ScheduleCreateBodyShellType,
    check_schedule_create_body_shell_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleCreateBody")


@_attrs_define
class ScheduleCreateBody:
    """
    Attributes:
        name (str):
        cron_expression (str):
        command (str):
        schedule_id (str | Unset):
        description (None | str | Unset):
        app_name (str | Unset):
        service_name (None | str | Unset):
        shell_type (ScheduleCreateBodyShellType | Unset):
        schedule_type (ScheduleCreateBodyScheduleType | Unset):
        script (None | str | Unset):
        application_id (None | str | Unset):
        compose_id (None | str | Unset):
        server_id (None | str | Unset):
        organization_id (None | str | Unset):
        enabled (bool | Unset):
        timezone (None | str | Unset):
        created_at (str | Unset):
    """

    name: str
    cron_expression: str
    command: str
    schedule_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    app_name: str | Unset = UNSET
    service_name: None | str | Unset = UNSET
    shell_type: ScheduleCreateBodyShellType | Unset = UNSET
    schedule_type: ScheduleCreateBodyScheduleType | Unset = UNSET
    script: None | str | Unset = UNSET
    application_id: None | str | Unset = UNSET
    compose_id: None | str | Unset = UNSET
    server_id: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    timezone: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        cron_expression = self.cron_expression

        command = self.command

        schedule_id = self.schedule_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        app_name = self.app_name

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        shell_type: str | Unset = UNSET
        if not isinstance(self.shell_type, Unset):
            shell_type = self.shell_type

        schedule_type: str | Unset = UNSET
        if not isinstance(self.schedule_type, Unset):
            schedule_type = self.schedule_type

        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        compose_id: None | str | Unset
        if isinstance(self.compose_id, Unset):
            compose_id = UNSET
        else:
            compose_id = self.compose_id

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        enabled = self.enabled

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "cronExpression": cron_expression,
                "command": command,
            }
        )
        if schedule_id is not UNSET:
            field_dict["scheduleId"] = schedule_id
        if description is not UNSET:
            field_dict["description"] = description
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if shell_type is not UNSET:
            field_dict["shellType"] = shell_type
        if schedule_type is not UNSET:
            field_dict["scheduleType"] = schedule_type
        if script is not UNSET:
            field_dict["script"] = script
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        cron_expression = d.pop("cronExpression")

        command = d.pop("command")

        schedule_id = d.pop("scheduleId", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        app_name = d.pop("appName", UNSET)

        def _parse_service_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_name = _parse_service_name(d.pop("serviceName", UNSET))

        _shell_type = d.pop("shellType", UNSET)
        shell_type: ScheduleCreateBodyShellType | Unset
        if isinstance(_shell_type, Unset):
            shell_type = UNSET
        else:
            shell_type = check_schedule_create_body_shell_type(_shell_type)

        _schedule_type = d.pop("scheduleType", UNSET)
        schedule_type: ScheduleCreateBodyScheduleType | Unset
        if isinstance(_schedule_type, Unset):
            schedule_type = UNSET
        else:
            schedule_type = check_schedule_create_body_schedule_type(_schedule_type)

        def _parse_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script = _parse_script(d.pop("script", UNSET))

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("applicationId", UNSET))

        def _parse_compose_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compose_id = _parse_compose_id(d.pop("composeId", UNSET))

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organizationId", UNSET))

        enabled = d.pop("enabled", UNSET)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        created_at = d.pop("createdAt", UNSET)

        schedule_create_body = cls(
            name=name,
            cron_expression=cron_expression,
            command=command,
            schedule_id=schedule_id,
            description=description,
            app_name=app_name,
            service_name=service_name,
            shell_type=shell_type,
            schedule_type=schedule_type,
            script=script,
            application_id=application_id,
            compose_id=compose_id,
            server_id=server_id,
            organization_id=organization_id,
            enabled=enabled,
            timezone=timezone,
            created_at=created_at,
        )

        schedule_create_body.additional_properties = d
        return schedule_create_body

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
