from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stripe_get_products_result_current_plan import (
    StripeGetProductsResultCurrentPlan,
    check_stripe_get_products_result_current_plan,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stripe_get_products_result_products_item import (
        StripeGetProductsResultProductsItem,
    )


T = TypeVar("T", bound="StripeGetProductsResult")


@_attrs_define
class StripeGetProductsResult:
    """
    Attributes:
        current_plan (None | StripeGetProductsResultCurrentPlan):
        current_price_amount (float | None):
        is_annual_current (bool):
        products (list[StripeGetProductsResultProductsItem]):
        subscriptions (list[Any]):
        hobby_product_id (str | Unset):
        startup_product_id (str | Unset):
    """

    current_plan: None | StripeGetProductsResultCurrentPlan
    current_price_amount: float | None
    is_annual_current: bool
    products: list[StripeGetProductsResultProductsItem]
    subscriptions: list[Any]
    hobby_product_id: str | Unset = UNSET
    startup_product_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_plan: None | str
        if isinstance(self.current_plan, str):
            current_plan = self.current_plan
        else:
            current_plan = self.current_plan

        current_price_amount: float | None
        current_price_amount = self.current_price_amount

        is_annual_current = self.is_annual_current

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        subscriptions = self.subscriptions

        hobby_product_id = self.hobby_product_id

        startup_product_id = self.startup_product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPlan": current_plan,
                "currentPriceAmount": current_price_amount,
                "isAnnualCurrent": is_annual_current,
                "products": products,
                "subscriptions": subscriptions,
            }
        )
        if hobby_product_id is not UNSET:
            field_dict["hobbyProductId"] = hobby_product_id
        if startup_product_id is not UNSET:
            field_dict["startupProductId"] = startup_product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stripe_get_products_result_products_item import (
            StripeGetProductsResultProductsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_current_plan(data: object) -> None | StripeGetProductsResultCurrentPlan:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_plan_current_plan = check_stripe_get_products_result_current_plan(data)

                return current_plan_current_plan
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeGetProductsResultCurrentPlan, data)

        current_plan = _parse_current_plan(d.pop("currentPlan"))

        def _parse_current_price_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        current_price_amount = _parse_current_price_amount(d.pop("currentPriceAmount"))

        is_annual_current = d.pop("isAnnualCurrent")

        products = []
        _products = d.pop("products")
        for products_item_data in _products:
            products_item = StripeGetProductsResultProductsItem.from_dict(products_item_data)

            products.append(products_item)

        subscriptions = cast(list[Any], d.pop("subscriptions"))

        hobby_product_id = d.pop("hobbyProductId", UNSET)

        startup_product_id = d.pop("startupProductId", UNSET)

        stripe_get_products_result = cls(
            current_plan=current_plan,
            current_price_amount=current_price_amount,
            is_annual_current=is_annual_current,
            products=products,
            subscriptions=subscriptions,
            hobby_product_id=hobby_product_id,
            startup_product_id=startup_product_id,
        )

        stripe_get_products_result.additional_properties = d
        return stripe_get_products_result

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
