from typing import Literal, cast

StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0Round = Literal["down", "up"]

STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_TRANSFORM_QUANTITY_TYPE_0_ROUND_VALUES: set[
    StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0Round
] = {
    "down",
    "up",
}


def check_stripe_get_products_result_products_item_default_price_transform_quantity_type_0_round(
    value: str,
) -> StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0Round:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_DEFAULT_PRICE_TRANSFORM_QUANTITY_TYPE_0_ROUND_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0Round, value)
