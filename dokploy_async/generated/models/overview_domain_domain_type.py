from typing import Literal, cast

OverviewDomainDomainType = Literal["application", "compose", "preview"]

OVERVIEW_DOMAIN_DOMAIN_TYPE_VALUES: set[OverviewDomainDomainType] = {
    "application",
    "compose",
    "preview",
}


def check_overview_domain_domain_type(value: str) -> OverviewDomainDomainType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``OVERVIEW_DOMAIN_DOMAIN_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(OverviewDomainDomainType, value)
