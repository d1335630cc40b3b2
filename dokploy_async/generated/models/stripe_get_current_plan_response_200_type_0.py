from typing import Literal, cast

StripeGetCurrentPlanResponse200Type0 = Literal["hobby", "legacy", "startup"]

STRIPE_GET_CURRENT_PLAN_RESPONSE_200_TYPE_0_VALUES: set[StripeGetCurrentPlanResponse200Type0] = {
    "hobby",
    "legacy",
    "startup",
}


def check_stripe_get_current_plan_response_200_type_0(
    value: str,
) -> StripeGetCurrentPlanResponse200Type0:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_CURRENT_PLAN_RESPONSE_200_TYPE_0_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetCurrentPlanResponse200Type0, value)
