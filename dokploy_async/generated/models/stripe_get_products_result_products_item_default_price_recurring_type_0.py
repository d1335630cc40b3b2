from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stripe_get_products_result_products_item_default_price_recurring_type_0_aggregate_usage import (
    StripeGetProductsResultProductsItemDefaultPriceRecurringType0AggregateUsage,
    check_stripe_get_products_result_products_item_default_price_recurring_type_0_aggregate_usage,
)
from ..models.stripe_get_products_result_products_item_default_price_recurring_type_0_interval import (
    StripeGetProductsResultProductsItemDefaultPriceRecurringType0Interval,
    check_stripe_get_products_result_products_item_default_price_recurring_type_0_interval,
)
from ..models.stripe_get_products_result_products_item_default_price_recurring_type_0_usage_type import (
    StripeGetProductsResultProductsItemDefaultPriceRecurringType0UsageType,
    check_stripe_get_products_result_products_item_default_price_recurring_type_0_usage_type,
)

T = TypeVar("T", bound="StripeGetProductsResultProductsItemDefaultPriceRecurringType0")


@_attrs_define
class StripeGetProductsResultProductsItemDefaultPriceRecurringType0:
    """
    Attributes:
        aggregate_usage (None | StripeGetProductsResultProductsItemDefaultPriceRecurringType0AggregateUsage):
        interval (StripeGetProductsResultProductsItemDefaultPriceRecurringType0Interval):
        interval_count (float):
        meter (None | str):
        trial_period_days (float | None):
        usage_type (StripeGetProductsResultProductsItemDefaultPriceRecurringType0UsageType):
    """

    aggregate_usage: (
        None | StripeGetProductsResultProductsItemDefaultPriceRecurringType0AggregateUsage
    )
    interval: StripeGetProductsResultProductsItemDefaultPriceRecurringType0Interval
    interval_count: float
    meter: None | str
    trial_period_days: float | None
    usage_type: StripeGetProductsResultProductsItemDefaultPriceRecurringType0UsageType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregate_usage: None | str
        if isinstance(self.aggregate_usage, str):
            aggregate_usage = self.aggregate_usage
        else:
            aggregate_usage = self.aggregate_usage

        interval: str = self.interval

        interval_count = self.interval_count

        meter: None | str
        meter = self.meter

        trial_period_days: float | None
        trial_period_days = self.trial_period_days

        usage_type: str = self.usage_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregate_usage": aggregate_usage,
                "interval": interval,
                "interval_count": interval_count,
                "meter": meter,
                "trial_period_days": trial_period_days,
                "usage_type": usage_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_aggregate_usage(
            data: object,
        ) -> None | StripeGetProductsResultProductsItemDefaultPriceRecurringType0AggregateUsage:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aggregate_usage_aggregate_usage = check_stripe_get_products_result_products_item_default_price_recurring_type_0_aggregate_usage(
                    data
                )

                return aggregate_usage_aggregate_usage
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | StripeGetProductsResultProductsItemDefaultPriceRecurringType0AggregateUsage,
                data,
            )

        aggregate_usage = _parse_aggregate_usage(d.pop("aggregate_usage"))

        interval = (
            check_stripe_get_products_result_products_item_default_price_recurring_type_0_interval(
                d.pop("interval")
            )
        )

        interval_count = d.pop("interval_count")

        def _parse_meter(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        meter = _parse_meter(d.pop("meter"))

        def _parse_trial_period_days(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        trial_period_days = _parse_trial_period_days(d.pop("trial_period_days"))

        usage_type = check_stripe_get_products_result_products_item_default_price_recurring_type_0_usage_type(
            d.pop("usage_type")
        )

        stripe_get_products_result_products_item_default_price_recurring_type_0 = cls(
            aggregate_usage=aggregate_usage,
            interval=interval,
            interval_count=interval_count,
            meter=meter,
            trial_period_days=trial_period_days,
            usage_type=usage_type,
        )

        stripe_get_products_result_products_item_default_price_recurring_type_0.additional_properties = d
        return stripe_get_products_result_products_item_default_price_recurring_type_0

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
