from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stripe_get_products_result_products_item_default_price_transform_quantity_type_0_round import (
    StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0Round,
    check_stripe_get_products_result_products_item_default_price_transform_quantity_type_0_round,
)

T = TypeVar("T", bound="StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0")


@_attrs_define
class StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0:
    """
    Attributes:
        divide_by (float):
        round_ (StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0Round):
    """

    divide_by: float
    round_: StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0Round
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        divide_by = self.divide_by

        round_: str = self.round_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "divide_by": divide_by,
                "round": round_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        divide_by = d.pop("divide_by")

        round_ = check_stripe_get_products_result_products_item_default_price_transform_quantity_type_0_round(
            d.pop("round")
        )

        stripe_get_products_result_products_item_default_price_transform_quantity_type_0 = cls(
            divide_by=divide_by,
            round_=round_,
        )

        stripe_get_products_result_products_item_default_price_transform_quantity_type_0.additional_properties = d
        return stripe_get_products_result_products_item_default_price_transform_quantity_type_0

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
