from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_job_data_application_type import (
    QueueJobDataApplicationType,
    check_queue_job_data_application_type,
)
from ..models.queue_job_data_type import QueueJobDataType, check_queue_job_data_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueJobData")


@_attrs_define
class QueueJobData:
    """What a queued deployment job will do.

    Attributes:
        application_id (str | Unset):
        compose_id (str | Unset):
        preview_deployment_id (str | Unset):
        title_log (str | Unset): The title passed to deploy: it becomes the deployment record title.
        description_log (str | Unset):
        type_ (QueueJobDataType | Unset):
        application_type (QueueJobDataApplicationType | Unset):
        server (bool | Unset):
        server_id (str | Unset):
    """

    application_id: str | Unset = UNSET
    compose_id: str | Unset = UNSET
    preview_deployment_id: str | Unset = UNSET
    title_log: str | Unset = UNSET
    description_log: str | Unset = UNSET
    type_: QueueJobDataType | Unset = UNSET
    application_type: QueueJobDataApplicationType | Unset = UNSET
    server: bool | Unset = UNSET
    server_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        compose_id = self.compose_id

        preview_deployment_id = self.preview_deployment_id

        title_log = self.title_log

        description_log = self.description_log

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        application_type: str | Unset = UNSET
        if not isinstance(self.application_type, Unset):
            application_type = self.application_type

        server = self.server

        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if compose_id is not UNSET:
            field_dict["composeId"] = compose_id
        if preview_deployment_id is not UNSET:
            field_dict["previewDeploymentId"] = preview_deployment_id
        if title_log is not UNSET:
            field_dict["titleLog"] = title_log
        if description_log is not UNSET:
            field_dict["descriptionLog"] = description_log
        if type_ is not UNSET:
            field_dict["type"] = type_
        if application_type is not UNSET:
            field_dict["applicationType"] = application_type
        if server is not UNSET:
            field_dict["server"] = server
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("applicationId", UNSET)

        compose_id = d.pop("composeId", UNSET)

        preview_deployment_id = d.pop("previewDeploymentId", UNSET)

        title_log = d.pop("titleLog", UNSET)

        description_log = d.pop("descriptionLog", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: QueueJobDataType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_queue_job_data_type(_type_)

        _application_type = d.pop("applicationType", UNSET)
        application_type: QueueJobDataApplicationType | Unset
        if isinstance(_application_type, Unset):
            application_type = UNSET
        else:
            application_type = check_queue_job_data_application_type(_application_type)

        server = d.pop("server", UNSET)

        server_id = d.pop("serverId", UNSET)

        queue_job_data = cls(
            application_id=application_id,
            compose_id=compose_id,
            preview_deployment_id=preview_deployment_id,
            title_log=title_log,
            description_log=description_log,
            type_=type_,
            application_type=application_type,
            server=server,
            server_id=server_id,
        )

        queue_job_data.additional_properties = d
        return queue_job_data

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
