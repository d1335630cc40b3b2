from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application import Application
    from ..models.deployment import Deployment


T = TypeVar("T", bound="Rollback")


@_attrs_define
class Rollback:
    """A record of Dokploy's `rollbacks` table.

    Attributes:
        created_at (str):
        deployment_id (str):
        full_context (Application | None):
        image (None | str):
        rollback_id (str):
        version (int):
        deployment (Deployment | Unset): A record of Dokploy's `deployments` table.
    """

    created_at: str
    deployment_id: str
    full_context: Application | None
    image: None | str
    rollback_id: str
    version: int
    deployment: Deployment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application import Application  # noqa: PLC0415

        created_at = self.created_at

        deployment_id = self.deployment_id

        full_context: dict[str, Any] | None
        if isinstance(self.full_context, Application):
            full_context = self.full_context.to_dict()
        else:
            full_context = self.full_context

        image: None | str
        image = self.image

        rollback_id = self.rollback_id

        version = self.version

        deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployment, Unset):
            deployment = self.deployment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "deploymentId": deployment_id,
                "fullContext": full_context,
                "image": image,
                "rollbackId": rollback_id,
                "version": version,
            }
        )
        if deployment is not UNSET:
            field_dict["deployment"] = deployment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application import Application  # noqa: PLC0415
        from ..models.deployment import Deployment  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("createdAt")

        deployment_id = d.pop("deploymentId")

        def _parse_full_context(data: object) -> Application | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                full_context_type_0 = Application.from_dict(data)

                return full_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Application | None, data)

        full_context = _parse_full_context(d.pop("fullContext"))

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image = _parse_image(d.pop("image"))

        rollback_id = d.pop("rollbackId")

        version = d.pop("version")

        _deployment = d.pop("deployment", UNSET)
        deployment: Deployment | Unset
        if isinstance(_deployment, Unset):
            deployment = UNSET
        else:
            deployment = Deployment.from_dict(_deployment)

        rollback = cls(
            created_at=created_at,
            deployment_id=deployment_id,
            full_context=full_context,
            image=image,
            rollback_id=rollback_id,
            version=version,
            deployment=deployment,
        )

        rollback.additional_properties = d
        return rollback

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
