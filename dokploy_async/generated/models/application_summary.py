from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_summary_application_status import (
    ApplicationSummaryApplicationStatus,
    check_application_summary_application_status,
)
from ..models.application_summary_source_type import (
    ApplicationSummarySourceType,
    check_application_summary_source_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_summary_environment import ApplicationSummaryEnvironment
    from ..models.application_summary_server_type_2_type_0 import ApplicationSummaryServerType2Type0
    from ..models.application_summary_server_type_3_type_0 import ApplicationSummaryServerType3Type0
    from ..models.environment import Environment
    from ..models.server_summary import ServerSummary


T = TypeVar("T", bound="ApplicationSummary")


@_attrs_define
class ApplicationSummary:
    """A partial record of Dokploy's `applications` table.

    Attributes:
        application_id (str):
        app_name (str | Unset):
        application_status (ApplicationSummaryApplicationStatus | Unset):
        build_server (None | ServerSummary | Unset):
        created_at (str | Unset):
        description (None | str | Unset):
        environment (ApplicationSummaryEnvironment | Environment | Unset):
        environment_id (str | Unset):
        icon (None | str | Unset):
        name (str | Unset):
        server (ApplicationSummaryServerType2Type0 | ApplicationSummaryServerType3Type0 | None | ServerSummary | Unset):
        server_id (None | str | Unset):
        source_type (ApplicationSummarySourceType | Unset):
    """

    application_id: str
    app_name: str | Unset = UNSET
    application_status: ApplicationSummaryApplicationStatus | Unset = UNSET
    build_server: None | ServerSummary | Unset = UNSET
    created_at: str | Unset = UNSET
    description: None | str | Unset = UNSET
    environment: ApplicationSummaryEnvironment | Environment | Unset = UNSET
    environment_id: str | Unset = UNSET
    icon: None | str | Unset = UNSET
    name: str | Unset = UNSET
    server: (
        ApplicationSummaryServerType2Type0
        | ApplicationSummaryServerType3Type0
        | None
        | ServerSummary
        | Unset
    ) = UNSET
    server_id: None | str | Unset = UNSET
    source_type: ApplicationSummarySourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_summary_environment import ApplicationSummaryEnvironment  # noqa: PLC0415
        from ..models.application_summary_server_type_2_type_0 import (
            ApplicationSummaryServerType2Type0,  # noqa: PLC0415
        )
        from ..models.application_summary_server_type_3_type_0 import (
            ApplicationSummaryServerType3Type0,  # noqa: PLC0415
        )
        from ..models.server_summary import ServerSummary  # noqa: PLC0415

        application_id = self.application_id

        app_name = self.app_name

        application_status: str | Unset = UNSET
        if not isinstance(self.application_status, Unset):
            application_status = self.application_status

        build_server: dict[str, Any] | None | Unset
        if isinstance(self.build_server, Unset):
            build_server = UNSET
        elif isinstance(self.build_server, ServerSummary):
            build_server = self.build_server.to_dict()
        else:
            build_server = self.build_server

        created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        environment: dict[str, Any] | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, ApplicationSummaryEnvironment):
            environment = self.environment.to_dict()
        else:
            environment = self.environment.to_dict()

        environment_id = self.environment_id

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        name = self.name

        server: dict[str, Any] | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        elif isinstance(self.server, ServerSummary):
            server = self.server.to_dict()
        elif isinstance(self.server, ApplicationSummaryServerType2Type0):
            server = self.server.to_dict()
        elif isinstance(self.server, ApplicationSummaryServerType3Type0):
            server = self.server.to_dict()
        else:
            server = self.server

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
            }
        )
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if application_status is not UNSET:
            field_dict["applicationStatus"] = application_status
        if build_server is not UNSET:
            field_dict["buildServer"] = build_server
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if environment is not UNSET:
            field_dict["environment"] = environment
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if icon is not UNSET:
            field_dict["icon"] = icon
        if name is not UNSET:
            field_dict["name"] = name
        if server is not UNSET:
            field_dict["server"] = server
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_summary_environment import ApplicationSummaryEnvironment  # noqa: PLC0415
        from ..models.application_summary_server_type_2_type_0 import (
            ApplicationSummaryServerType2Type0,  # noqa: PLC0415
        )
        from ..models.application_summary_server_type_3_type_0 import (
            ApplicationSummaryServerType3Type0,  # noqa: PLC0415
        )
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.server_summary import ServerSummary  # noqa: PLC0415

        d = dict(src_dict)
        application_id = d.pop("applicationId")

        app_name = d.pop("appName", UNSET)

        _application_status = d.pop("applicationStatus", UNSET)
        application_status: ApplicationSummaryApplicationStatus | Unset
        if isinstance(_application_status, Unset):
            application_status = UNSET
        else:
            application_status = check_application_summary_application_status(_application_status)

        def _parse_build_server(data: object) -> None | ServerSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                build_server_type_0 = ServerSummary.from_dict(data)

                return build_server_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerSummary | Unset, data)

        build_server = _parse_build_server(d.pop("buildServer", UNSET))

        created_at = d.pop("createdAt", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_environment(data: object) -> ApplicationSummaryEnvironment | Environment | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_environment = ApplicationSummaryEnvironment.from_dict(data)

                return environment_environment
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            environment_type_1 = Environment.from_dict(data)

            return environment_type_1

        environment = _parse_environment(d.pop("environment", UNSET))

        environment_id = d.pop("environmentId", UNSET)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        name = d.pop("name", UNSET)

        def _parse_server(
            data: object,
        ) -> (
            ApplicationSummaryServerType2Type0
            | ApplicationSummaryServerType3Type0
            | None
            | ServerSummary
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_0 = ServerSummary.from_dict(data)

                return server_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_2_type_0 = ApplicationSummaryServerType2Type0.from_dict(data)

                return server_type_2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_3_type_0 = ApplicationSummaryServerType3Type0.from_dict(data)

                return server_type_3_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ApplicationSummaryServerType2Type0
                | ApplicationSummaryServerType3Type0
                | None
                | ServerSummary
                | Unset,
                data,
            )

        server = _parse_server(d.pop("server", UNSET))

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        _source_type = d.pop("sourceType", UNSET)
        source_type: ApplicationSummarySourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = check_application_summary_source_type(_source_type)

        application_summary = cls(
            application_id=application_id,
            app_name=app_name,
            application_status=application_status,
            build_server=build_server,
            created_at=created_at,
            description=description,
            environment=environment,
            environment_id=environment_id,
            icon=icon,
            name=name,
            server=server,
            server_id=server_id,
            source_type=source_type,
        )

        application_summary.additional_properties = d
        return application_summary

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
