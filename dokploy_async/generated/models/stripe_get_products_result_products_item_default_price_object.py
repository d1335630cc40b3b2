from typing import Literal, cast

StripeGetProductsResultProductsItemDefaultPriceObject = Literal["price"]

STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_OBJECT_VALUES: set[
    StripeGetProductsResultProductsItemDefaultPriceObject
] = {
    "price",
}


def check_stripe_get_products_result_products_item_default_price_object(
    value: str,
) -> StripeGetProductsResultProductsItemDefaultPriceObject:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_OBJECT_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetProductsResultProductsItemDefaultPriceObject, value)
