from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.network_networks_to_sync_result_importable_item import (
        NetworkNetworksToSyncResultImportableItem,
    )
    from ..models.network_networks_to_sync_result_missing_item import (
        NetworkNetworksToSyncResultMissingItem,
    )


T = TypeVar("T", bound="NetworkNetworksToSyncResult")


@_attrs_define
class NetworkNetworksToSyncResult:
    """
    Attributes:
        importable (list[NetworkNetworksToSyncResultImportableItem]):
        missing (list[NetworkNetworksToSyncResultMissingItem]):
    """

    importable: list[NetworkNetworksToSyncResultImportableItem]
    missing: list[NetworkNetworksToSyncResultMissingItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        importable = []
        for importable_item_data in self.importable:
            importable_item = importable_item_data.to_dict()
            importable.append(importable_item)

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "importable": importable,
                "missing": missing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_networks_to_sync_result_importable_item import (
            NetworkNetworksToSyncResultImportableItem,  # noqa: PLC0415
        )
        from ..models.network_networks_to_sync_result_missing_item import (
            NetworkNetworksToSyncResultMissingItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        importable = []
        _importable = d.pop("importable")
        for importable_item_data in _importable:
            importable_item = NetworkNetworksToSyncResultImportableItem.from_dict(
                importable_item_data
            )

            importable.append(importable_item)

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = NetworkNetworksToSyncResultMissingItem.from_dict(missing_item_data)

            missing.append(missing_item)

        network_networks_to_sync_result = cls(
            importable=importable,
            missing=missing,
        )

        network_networks_to_sync_result.additional_properties = d
        return network_networks_to_sync_result

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
