from typing import Literal, cast

StripeGetProductsResultProductsItemDefaultPriceTaxBehavior = Literal[
    "exclusive", "inclusive", "unspecified"
]

STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_TAX_BEHAVIOR_VALUES: set[
    StripeGetProductsResultProductsItemDefaultPriceTaxBehavior
] = {
    "exclusive",
    "inclusive",
    "unspecified",
}


def check_stripe_get_products_result_products_item_default_price_tax_behavior(
    value: str,
) -> StripeGetProductsResultProductsItemDefaultPriceTaxBehavior:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_TAX_BEHAVIOR_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetProductsResultProductsItemDefaultPriceTaxBehavior, value)
