from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTiersItem",
)


@_attrs_define
class StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTiersItem:
    """
    Attributes:
        flat_amount (float | None):
        flat_amount_decimal (None | str):
        unit_amount (float | None):
        unit_amount_decimal (None | str):
        up_to (float | None):
    """

    flat_amount: float | None
    flat_amount_decimal: None | str
    unit_amount: float | None
    unit_amount_decimal: None | str
    up_to: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flat_amount: float | None
        flat_amount = self.flat_amount

        flat_amount_decimal: None | str
        flat_amount_decimal = self.flat_amount_decimal

        unit_amount: float | None
        unit_amount = self.unit_amount

        unit_amount_decimal: None | str
        unit_amount_decimal = self.unit_amount_decimal

        up_to: float | None
        up_to = self.up_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flat_amount": flat_amount,
                "flat_amount_decimal": flat_amount_decimal,
                "unit_amount": unit_amount,
                "unit_amount_decimal": unit_amount_decimal,
                "up_to": up_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_flat_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        flat_amount = _parse_flat_amount(d.pop("flat_amount"))

        def _parse_flat_amount_decimal(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        flat_amount_decimal = _parse_flat_amount_decimal(d.pop("flat_amount_decimal"))

        def _parse_unit_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        unit_amount = _parse_unit_amount(d.pop("unit_amount"))

        def _parse_unit_amount_decimal(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_amount_decimal = _parse_unit_amount_decimal(d.pop("unit_amount_decimal"))

        def _parse_up_to(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        up_to = _parse_up_to(d.pop("up_to"))

        stripe_get_products_result_products_item_default_price_currency_options_additional_property_tiers_item = cls(
            flat_amount=flat_amount,
            flat_amount_decimal=flat_amount_decimal,
            unit_amount=unit_amount,
            unit_amount_decimal=unit_amount_decimal,
            up_to=up_to,
        )

        stripe_get_products_result_products_item_default_price_currency_options_additional_property_tiers_item.additional_properties = d
        return stripe_get_products_result_products_item_default_price_currency_options_additional_property_tiers_item

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
