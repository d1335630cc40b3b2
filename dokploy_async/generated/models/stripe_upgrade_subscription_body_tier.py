from typing import Literal

StripeUpgradeSubscriptionBodyTier = Literal["hobby", "startup"]

STRIPE_UPGRADE_SUBSCRIPTION_BODY_TIER_VALUES: set[StripeUpgradeSubscriptionBodyTier] = {
    "hobby",
    "startup",
}


def check_stripe_upgrade_subscription_body_tier(value: str) -> StripeUpgradeSubscriptionBodyTier:
    if value in STRIPE_UPGRADE_SUBSCRIPTION_BODY_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STRIPE_UPGRADE_SUBSCRIPTION_BODY_TIER_VALUES!r}"
    )
