from typing import Literal, cast

StripeUpgradeSubscriptionBodyTier = Literal["hobby", "startup"]

STRIPE_UPGRADE_SUBSCRIPTION_BODY_TIER_VALUES: set[StripeUpgradeSubscriptionBodyTier] = {
    "hobby",
    "startup",
}


def check_stripe_upgrade_subscription_body_tier(value: str) -> StripeUpgradeSubscriptionBodyTier:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_UPGRADE_SUBSCRIPTION_BODY_TIER_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeUpgradeSubscriptionBodyTier, value)
