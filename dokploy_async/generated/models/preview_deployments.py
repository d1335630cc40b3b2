from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preview_deployments_preview_status import (
    PreviewDeploymentsPreviewStatus,
    check_preview_deployments_preview_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment import Deployment
    from ..models.domain import Domain
    from ..models.preview_deployments_application import PreviewDeploymentsApplication


T = TypeVar("T", bound="PreviewDeployments")


@_attrs_define
class PreviewDeployments:
    """A record of Dokploy's `previewDeployments` table.

    Attributes:
        app_name (str):
        application_id (str):
        branch (str):
        created_at (str):
        domain_id (None | str):
        expires_at (None | str):
        preview_deployment_id (str):
        preview_status (PreviewDeploymentsPreviewStatus):
        pull_request_comment_id (str):
        pull_request_id (str):
        pull_request_number (str):
        pull_request_title (str):
        pull_request_url (str):
        application (PreviewDeploymentsApplication | Unset):
        deployments (list[Deployment] | Unset):
        domain (Domain | None | Unset):
    """

    app_name: str
    application_id: str
    branch: str
    created_at: str
    domain_id: None | str
    expires_at: None | str
    preview_deployment_id: str
    preview_status: PreviewDeploymentsPreviewStatus
    pull_request_comment_id: str
    pull_request_id: str
    pull_request_number: str
    pull_request_title: str
    pull_request_url: str
    application: PreviewDeploymentsApplication | Unset = UNSET
    deployments: list[Deployment] | Unset = UNSET
    domain: Domain | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.domain import Domain  # noqa: PLC0415

        app_name = self.app_name

        application_id = self.application_id

        branch = self.branch

        created_at = self.created_at

        domain_id: None | str
        domain_id = self.domain_id

        expires_at: None | str
        expires_at = self.expires_at

        preview_deployment_id = self.preview_deployment_id

        preview_status: str = self.preview_status

        pull_request_comment_id = self.pull_request_comment_id

        pull_request_id = self.pull_request_id

        pull_request_number = self.pull_request_number

        pull_request_title = self.pull_request_title

        pull_request_url = self.pull_request_url

        application: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = self.application.to_dict()

        deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = []
            for deployments_item_data in self.deployments:
                deployments_item = deployments_item_data.to_dict()
                deployments.append(deployments_item)

        domain: dict[str, Any] | None | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        elif isinstance(self.domain, Domain):
            domain = self.domain.to_dict()
        else:
            domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appName": app_name,
                "applicationId": application_id,
                "branch": branch,
                "createdAt": created_at,
                "domainId": domain_id,
                "expiresAt": expires_at,
                "previewDeploymentId": preview_deployment_id,
                "previewStatus": preview_status,
                "pullRequestCommentId": pull_request_comment_id,
                "pullRequestId": pull_request_id,
                "pullRequestNumber": pull_request_number,
                "pullRequestTitle": pull_request_title,
                "pullRequestURL": pull_request_url,
            }
        )
        if application is not UNSET:
            field_dict["application"] = application
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment import Deployment  # noqa: PLC0415
        from ..models.domain import Domain  # noqa: PLC0415
        from ..models.preview_deployments_application import PreviewDeploymentsApplication  # noqa: PLC0415

        d = dict(src_dict)
        app_name = d.pop("appName")

        application_id = d.pop("applicationId")

        branch = d.pop("branch")

        created_at = d.pop("createdAt")

        def _parse_domain_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        domain_id = _parse_domain_id(d.pop("domainId"))

        def _parse_expires_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        preview_deployment_id = d.pop("previewDeploymentId")

        preview_status = check_preview_deployments_preview_status(d.pop("previewStatus"))

        pull_request_comment_id = d.pop("pullRequestCommentId")

        pull_request_id = d.pop("pullRequestId")

        pull_request_number = d.pop("pullRequestNumber")

        pull_request_title = d.pop("pullRequestTitle")

        pull_request_url = d.pop("pullRequestURL")

        _application = d.pop("application", UNSET)
        application: PreviewDeploymentsApplication | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = PreviewDeploymentsApplication.from_dict(_application)

        _deployments = d.pop("deployments", UNSET)
        deployments: list[Deployment] | Unset = UNSET
        if _deployments is not UNSET:
            deployments = []
            for deployments_item_data in _deployments:
                deployments_item = Deployment.from_dict(deployments_item_data)

                deployments.append(deployments_item)

        def _parse_domain(data: object) -> Domain | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                domain_type_0 = Domain.from_dict(data)

                return domain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Domain | None | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        preview_deployments = cls(
            app_name=app_name,
            application_id=application_id,
            branch=branch,
            created_at=created_at,
            domain_id=domain_id,
            expires_at=expires_at,
            preview_deployment_id=preview_deployment_id,
            preview_status=preview_status,
            pull_request_comment_id=pull_request_comment_id,
            pull_request_id=pull_request_id,
            pull_request_number=pull_request_number,
            pull_request_title=pull_request_title,
            pull_request_url=pull_request_url,
            application=application,
            deployments=deployments,
            domain=domain,
        )

        preview_deployments.additional_properties = d
        return preview_deployments

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
