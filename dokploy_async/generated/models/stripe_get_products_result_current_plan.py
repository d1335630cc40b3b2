from typing import Literal, cast

StripeGetProductsResultCurrentPlan = Literal["hobby", "legacy", "startup"]

STRIPE_GET_PRODUCTS_RESULT_CURRENT_PLAN_VALUES: set[StripeGetProductsResultCurrentPlan] = {
    "hobby",
    "legacy",
    "startup",
}


def check_stripe_get_products_result_current_plan(value: str) -> StripeGetProductsResultCurrentPlan:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_PRODUCTS_RESULT_CURRENT_PLAN_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetProductsResultCurrentPlan, value)
