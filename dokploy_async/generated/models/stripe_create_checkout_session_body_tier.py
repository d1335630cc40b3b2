from typing import Literal, cast

StripeCreateCheckoutSessionBodyTier = Literal["hobby", "legacy", "startup"]

STRIPE_CREATE_CHECKOUT_SESSION_BODY_TIER_VALUES: set[StripeCreateCheckoutSessionBodyTier] = {
    "hobby",
    "legacy",
    "startup",
}


def check_stripe_create_checkout_session_body_tier(
    value: str,
) -> StripeCreateCheckoutSessionBodyTier:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_CREATE_CHECKOUT_SESSION_BODY_TIER_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeCreateCheckoutSessionBodyTier, value)
