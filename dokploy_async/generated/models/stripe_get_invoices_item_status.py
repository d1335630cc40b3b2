from typing import Literal, cast

StripeGetInvoicesItemStatus = Literal["draft", "open", "paid", "uncollectible", "void"]

STRIPE_GET_INVOICES_ITEM_STATUS_VALUES: set[StripeGetInvoicesItemStatus] = {
    "draft",
    "open",
    "paid",
    "uncollectible",
    "void",
}


def check_stripe_get_invoices_item_status(value: str) -> StripeGetInvoicesItemStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``STRIPE_GET_INVOICES_ITEM_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(StripeGetInvoicesItemStatus, value)
