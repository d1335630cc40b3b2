from typing import Literal, cast

StripeGetProductsResultProductsItemDefaultPriceBillingScheme = Literal["per_unit", "tiered"]

STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_BILLING_SCHEME_VALUES: set[
    StripeGetProductsResultProductsItemDefaultPriceBillingScheme
] = {
    "per_unit",
    "tiered",
}


def check_stripe_get_products_result_products_item_default_price_billing_scheme(
    value: str,
) -> StripeGetProductsResultProductsItemDefaultPriceBillingScheme:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_BILLING_SCHEME_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetProductsResultProductsItemDefaultPriceBillingScheme, value)
