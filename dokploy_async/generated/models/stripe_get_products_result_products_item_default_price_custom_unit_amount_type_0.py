from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StripeGetProductsResultProductsItemDefaultPriceCustomUnitAmountType0")


@_attrs_define
class StripeGetProductsResultProductsItemDefaultPriceCustomUnitAmountType0:
    """
    Attributes:
        maximum (float | None):
        minimum (float | None):
        preset (float | None):
    """

    maximum: float | None
    minimum: float | None
    preset: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maximum: float | None
        maximum = self.maximum

        minimum: float | None
        minimum = self.minimum

        preset: float | None
        preset = self.preset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maximum": maximum,
                "minimum": minimum,
                "preset": preset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_maximum(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        maximum = _parse_maximum(d.pop("maximum"))

        def _parse_minimum(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        minimum = _parse_minimum(d.pop("minimum"))

        def _parse_preset(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        preset = _parse_preset(d.pop("preset"))

        stripe_get_products_result_products_item_default_price_custom_unit_amount_type_0 = cls(
            maximum=maximum,
            minimum=minimum,
            preset=preset,
        )

        stripe_get_products_result_products_item_default_price_custom_unit_amount_type_0.additional_properties = d
        return stripe_get_products_result_products_item_default_price_custom_unit_amount_type_0

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
