from typing import Literal

StripeCreateCheckoutSessionBodyTier = Literal["hobby", "legacy", "startup"]

STRIPE_CREATE_CHECKOUT_SESSION_BODY_TIER_VALUES: set[StripeCreateCheckoutSessionBodyTier] = {
    "hobby",
    "legacy",
    "startup",
}


def check_stripe_create_checkout_session_body_tier(
    value: str,
) -> StripeCreateCheckoutSessionBodyTier:
    if value in STRIPE_CREATE_CHECKOUT_SESSION_BODY_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STRIPE_CREATE_CHECKOUT_SESSION_BODY_TIER_VALUES!r}"
    )
