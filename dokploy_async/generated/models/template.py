from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.domain_config import DomainConfig
    from ..models.mount_config import MountConfig


T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """
    Attributes:
        domains (list[DomainConfig]):
        envs (list[str]):
        mounts (list[MountConfig]):
    """

    domains: list[DomainConfig]
    envs: list[str]
    mounts: list[MountConfig]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domains = []
        for domains_item_data in self.domains:
            domains_item = domains_item_data.to_dict()
            domains.append(domains_item)

        envs = self.envs

        mounts = []
        for mounts_item_data in self.mounts:
            mounts_item = mounts_item_data.to_dict()
            mounts.append(mounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domains": domains,
                "envs": envs,
                "mounts": mounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_config import DomainConfig  # noqa: PLC0415
        from ..models.mount_config import MountConfig  # noqa: PLC0415

        d = dict(src_dict)
        domains = []
        _domains = d.pop("domains")
        for domains_item_data in _domains:
            domains_item = DomainConfig.from_dict(domains_item_data)

            domains.append(domains_item)

        envs = cast(list[str], d.pop("envs"))

        mounts = []
        _mounts = d.pop("mounts")
        for mounts_item_data in _mounts:
            mounts_item = MountConfig.from_dict(mounts_item_data)

            mounts.append(mounts_item)

        template = cls(
            domains=domains,
            envs=envs,
            mounts=mounts,
        )

        template.additional_properties = d
        return template

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
