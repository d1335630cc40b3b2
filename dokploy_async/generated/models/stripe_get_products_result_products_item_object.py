from typing import Literal, cast

StripeGetProductsResultProductsItemObject = Literal["product"]

STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_OBJECT_VALUES: set[
    StripeGetProductsResultProductsItemObject
] = {
    "product",
}


def check_stripe_get_products_result_products_item_object(
    value: str,
) -> StripeGetProductsResultProductsItemObject:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_OBJECT_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetProductsResultProductsItemObject, value)
