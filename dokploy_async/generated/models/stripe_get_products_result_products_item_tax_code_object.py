from typing import Literal, cast

StripeGetProductsResultProductsItemTaxCodeObject = Literal["tax_code"]

STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_TAX_CODE_OBJECT_VALUES: set[
    StripeGetProductsResultProductsItemTaxCodeObject
] = {
    "tax_code",
}


def check_stripe_get_products_result_products_item_tax_code_object(
    value: str,
) -> StripeGetProductsResultProductsItemTaxCodeObject:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_PRODUCTS_RESULT_PRODUCTS_ITEM_TAX_CODE_OBJECT_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetProductsResultProductsItemTaxCodeObject, value)
