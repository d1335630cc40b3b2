from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compose_summary_compose_status import (
    ComposeSummaryComposeStatus,
    check_compose_summary_compose_status,
)
from ..models.compose_summary_source_type import (
    ComposeSummarySourceType,
    check_compose_summary_source_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compose_summary_environment import ComposeSummaryEnvironment
    from ..models.compose_summary_server_type_2_type_0 import ComposeSummaryServerType2Type0
    from ..models.compose_summary_server_type_3_type_0 import ComposeSummaryServerType3Type0
    from ..models.server_summary import ServerSummary


T = TypeVar("T", bound="ComposeSummary")


@_attrs_define
class ComposeSummary:
    """A partial record of Dokploy's `compose` table.

    Attributes:
        compose_id (str):
        app_name (str | Unset):
        compose_status (ComposeSummaryComposeStatus | Unset):
        created_at (str | Unset):
        description (None | str | Unset):
        environment (ComposeSummaryEnvironment | Unset):
        environment_id (str | Unset):
        icon (None | str | Unset):
        name (str | Unset):
        server (ComposeSummaryServerType2Type0 | ComposeSummaryServerType3Type0 | None | ServerSummary | Unset):
        server_id (None | str | Unset):
        source_type (ComposeSummarySourceType | Unset):
    """

    compose_id: str
    app_name: str | Unset = UNSET
    compose_status: ComposeSummaryComposeStatus | Unset = UNSET
    created_at: str | Unset = UNSET
    description: None | str | Unset = UNSET
    environment: ComposeSummaryEnvironment | Unset = UNSET
    environment_id: str | Unset = UNSET
    icon: None | str | Unset = UNSET
    name: str | Unset = UNSET
    server: (
        ComposeSummaryServerType2Type0
        | ComposeSummaryServerType3Type0
        | None
        | ServerSummary
        | Unset
    ) = UNSET
    server_id: None | str | Unset = UNSET
    source_type: ComposeSummarySourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.compose_summary_server_type_2_type_0 import ComposeSummaryServerType2Type0  # noqa: PLC0415
        from ..models.compose_summary_server_type_3_type_0 import ComposeSummaryServerType3Type0  # noqa: PLC0415
        from ..models.server_summary import ServerSummary  # noqa: PLC0415

        compose_id = self.compose_id

        app_name = self.app_name

        compose_status: str | Unset = UNSET
        if not isinstance(self.compose_status, Unset):
            compose_status = self.compose_status

        created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
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
        elif isinstance(self.server, ComposeSummaryServerType2Type0):
            server = self.server.to_dict()
        elif isinstance(self.server, ComposeSummaryServerType3Type0):
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
                "composeId": compose_id,
            }
        )
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if compose_status is not UNSET:
            field_dict["composeStatus"] = compose_status
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
        from ..models.compose_summary_environment import ComposeSummaryEnvironment  # noqa: PLC0415
        from ..models.compose_summary_server_type_2_type_0 import ComposeSummaryServerType2Type0  # noqa: PLC0415
        from ..models.compose_summary_server_type_3_type_0 import ComposeSummaryServerType3Type0  # noqa: PLC0415
        from ..models.server_summary import ServerSummary  # noqa: PLC0415

        d = dict(src_dict)
        compose_id = d.pop("composeId")

        app_name = d.pop("appName", UNSET)

        _compose_status = d.pop("composeStatus", UNSET)
        compose_status: ComposeSummaryComposeStatus | Unset
        if isinstance(_compose_status, Unset):
            compose_status = UNSET
        else:
            compose_status = check_compose_summary_compose_status(_compose_status)

        created_at = d.pop("createdAt", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _environment = d.pop("environment", UNSET)
        environment: ComposeSummaryEnvironment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = ComposeSummaryEnvironment.from_dict(_environment)

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
            ComposeSummaryServerType2Type0
            | ComposeSummaryServerType3Type0
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
                server_type_2_type_0 = ComposeSummaryServerType2Type0.from_dict(data)

                return server_type_2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_3_type_0 = ComposeSummaryServerType3Type0.from_dict(data)

                return server_type_3_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ComposeSummaryServerType2Type0
                | ComposeSummaryServerType3Type0
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
        source_type: ComposeSummarySourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = check_compose_summary_source_type(_source_type)

        compose_summary = cls(
            compose_id=compose_id,
            app_name=app_name,
            compose_status=compose_status,
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

        compose_summary.additional_properties = d
        return compose_summary

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
