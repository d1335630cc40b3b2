from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.whitelabeling_update_body_whitelabeling_config import (
        WhitelabelingUpdateBodyWhitelabelingConfig,
    )


T = TypeVar("T", bound="WhitelabelingUpdateBody")


@_attrs_define
class WhitelabelingUpdateBody:
    """
    Attributes:
        whitelabeling_config (WhitelabelingUpdateBodyWhitelabelingConfig):
    """

    whitelabeling_config: WhitelabelingUpdateBodyWhitelabelingConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        whitelabeling_config = self.whitelabeling_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "whitelabelingConfig": whitelabeling_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whitelabeling_update_body_whitelabeling_config import (
            WhitelabelingUpdateBodyWhitelabelingConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        whitelabeling_config = WhitelabelingUpdateBodyWhitelabelingConfig.from_dict(
            d.pop("whitelabelingConfig")
        )

        whitelabeling_update_body = cls(
            whitelabeling_config=whitelabeling_config,
        )

        whitelabeling_update_body.additional_properties = d
        return whitelabeling_update_body

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
