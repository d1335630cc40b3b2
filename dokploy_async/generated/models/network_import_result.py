from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.network_import_result_errors_item import NetworkImportResultErrorsItem


T = TypeVar("T", bound="NetworkImportResult")


@_attrs_define
class NetworkImportResult:
    """
    Attributes:
        errors (list[NetworkImportResultErrorsItem]):
        imported (list[str]):
    """

    errors: list[NetworkImportResultErrorsItem]
    imported: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        imported = self.imported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "imported": imported,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_import_result_errors_item import NetworkImportResultErrorsItem  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = NetworkImportResultErrorsItem.from_dict(errors_item_data)

            errors.append(errors_item)

        imported = cast(list[str], d.pop("imported"))

        network_import_result = cls(
            errors=errors,
            imported=imported,
        )

        network_import_result.additional_properties = d
        return network_import_result

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
