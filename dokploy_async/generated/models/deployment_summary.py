from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_summary_status import (
    DeploymentSummaryStatus,
    check_deployment_summary_status,
)

T = TypeVar("T", bound="DeploymentSummary")


@_attrs_define
class DeploymentSummary:
    """A partial record of Dokploy's `deployments` table.

    Attributes:
        deployment_id (str):
        log_path (str):
        status (DeploymentSummaryStatus):
    """

    deployment_id: str
    log_path: str
    status: DeploymentSummaryStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_id = self.deployment_id

        log_path = self.log_path

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deploymentId": deployment_id,
                "logPath": log_path,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deployment_id = d.pop("deploymentId")

        log_path = d.pop("logPath")

        status = check_deployment_summary_status(d.pop("status"))

        deployment_summary = cls(
            deployment_id=deployment_id,
            log_path=log_path,
            status=status,
        )

        deployment_summary.additional_properties = d
        return deployment_summary

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
