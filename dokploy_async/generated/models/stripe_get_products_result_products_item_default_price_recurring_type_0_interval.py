from typing import Literal, cast

StripeGetProductsResultProductsItemDefaultPriceRecurringType0Interval = Literal[
    "day", "month", "week", "year"
]

STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_RECURRING_TYPE_0_INTERVAL_VALUES: set[
    StripeGetProductsResultProductsItemDefaultPriceRecurringType0Interval
] = {
    "day",
    "month",
    "week",
    "year",
}


def check_stripe_get_products_result_products_item_default_price_recurring_type_0_interval(
    value: str,
) -> StripeGetProductsResultProductsItemDefaultPriceRecurringType0Interval:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_RECURRING_TYPE_0_INTERVAL_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetProductsResultProductsItemDefaultPriceRecurringType0Interval, value)
