from typing import Literal, cast

StripeGetProductsResultProductsItemType = Literal["good", "service"]

STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_TYPE_VALUES: set[
    StripeGetProductsResultProductsItemType
] = {
    "good",
    "service",
}


def check_stripe_get_products_result_products_item_type(
    value: str,
) -> StripeGetProductsResultProductsItemType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetProductsResultProductsItemType, value)
