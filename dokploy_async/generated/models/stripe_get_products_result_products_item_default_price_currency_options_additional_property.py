from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stripe_get_products_result_products_item_default_price_currency_options_additional_property_tax_behavior import (
    StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTaxBehavior,
    check_stripe_get_products_result_products_item_default_price_currency_options_additional_property_tax_behavior,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stripe_get_products_result_products_item_default_price_currency_options_additional_property_custom_unit_amount_type_0 import (
        StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyCustomUnitAmountType0,
    )
    from ..models.stripe_get_products_result_products_item_default_price_currency_options_additional_property_tiers_item import (
        StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTiersItem,
    )


T = TypeVar(
    "T", bound="StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalProperty"
)


@_attrs_define
class StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalProperty:
    """
    Attributes:
        custom_unit_amount (None |
            StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyCustomUnitAmountType0):
        tax_behavior (None |
            StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTaxBehavior):
        unit_amount (float | None):
        unit_amount_decimal (None | str):
        tiers (list[StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTiersItem] | Unset):
    """

    custom_unit_amount: (
        None
        | StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyCustomUnitAmountType0
    )
    tax_behavior: (
        None
        | StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTaxBehavior
    )
    unit_amount: float | None
    unit_amount_decimal: None | str
    tiers: (
        list[
            StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTiersItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stripe_get_products_result_products_item_default_price_currency_options_additional_property_custom_unit_amount_type_0 import (
            StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyCustomUnitAmountType0,  # noqa: PLC0415
        )

        custom_unit_amount: dict[str, Any] | None
        if isinstance(
            self.custom_unit_amount,
            StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyCustomUnitAmountType0,
        ):
            custom_unit_amount = self.custom_unit_amount.to_dict()
        else:
            custom_unit_amount = self.custom_unit_amount

        tax_behavior: None | str
        if isinstance(self.tax_behavior, str):
            tax_behavior = self.tax_behavior
        else:
            tax_behavior = self.tax_behavior

        unit_amount: float | None
        unit_amount = self.unit_amount

        unit_amount_decimal: None | str
        unit_amount_decimal = self.unit_amount_decimal

        tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = []
            for tiers_item_data in self.tiers:
                tiers_item = tiers_item_data.to_dict()
                tiers.append(tiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_unit_amount": custom_unit_amount,
                "tax_behavior": tax_behavior,
                "unit_amount": unit_amount,
                "unit_amount_decimal": unit_amount_decimal,
            }
        )
        if tiers is not UNSET:
            field_dict["tiers"] = tiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stripe_get_products_result_products_item_default_price_currency_options_additional_property_custom_unit_amount_type_0 import (
            StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyCustomUnitAmountType0,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_default_price_currency_options_additional_property_tiers_item import (
            StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTiersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_custom_unit_amount(
            data: object,
        ) -> (
            None
            | StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyCustomUnitAmountType0
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_unit_amount_type_0 = StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyCustomUnitAmountType0.from_dict(
                    data
                )

                return custom_unit_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyCustomUnitAmountType0,
                data,
            )

        custom_unit_amount = _parse_custom_unit_amount(d.pop("custom_unit_amount"))

        def _parse_tax_behavior(
            data: object,
        ) -> (
            None
            | StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTaxBehavior
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tax_behavior_tax_behavior = check_stripe_get_products_result_products_item_default_price_currency_options_additional_property_tax_behavior(
                    data
                )

                return tax_behavior_tax_behavior
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTaxBehavior,
                data,
            )

        tax_behavior = _parse_tax_behavior(d.pop("tax_behavior"))

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

        _tiers = d.pop("tiers", UNSET)
        tiers: (
            list[
                StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTiersItem
            ]
            | Unset
        ) = UNSET
        if _tiers is not UNSET:
            tiers = []
            for tiers_item_data in _tiers:
                tiers_item = StripeGetProductsResultProductsItemDefaultPriceCurrencyOptionsAdditionalPropertyTiersItem.from_dict(
                    tiers_item_data
                )

                tiers.append(tiers_item)

        stripe_get_products_result_products_item_default_price_currency_options_additional_property = cls(
            custom_unit_amount=custom_unit_amount,
            tax_behavior=tax_behavior,
            unit_amount=unit_amount,
            unit_amount_decimal=unit_amount_decimal,
            tiers=tiers,
        )

        stripe_get_products_result_products_item_default_price_currency_options_additional_property.additional_properties = d
        return stripe_get_products_result_products_item_default_price_currency_options_additional_property

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
