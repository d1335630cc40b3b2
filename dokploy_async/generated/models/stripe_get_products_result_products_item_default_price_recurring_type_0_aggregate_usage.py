from typing import Literal, cast

StripeGetProductsResultProductsItemDefaultPriceRecurringType0AggregateUsage = Literal[
    "last_during_period", "last_ever", "max", "sum"
]

STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_RECURRING_TYPE_0_AGGREGATE_USAGE_VALUES: set[
    StripeGetProductsResultProductsItemDefaultPriceRecurringType0AggregateUsage
] = {
    "last_during_period",
    "last_ever",
    "max",
    "sum",
}


def check_stripe_get_products_result_products_item_default_price_recurring_type_0_aggregate_usage(
    value: str,
) -> StripeGetProductsResultProductsItemDefaultPriceRecurringType0AggregateUsage:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_RECURRING_TYPE_0_AGGREGATE_USAGE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetProductsResultProductsItemDefaultPriceRecurringType0AggregateUsage, value)
