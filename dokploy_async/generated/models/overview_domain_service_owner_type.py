from typing import Literal, cast

OverviewDomainServiceOwnerType = Literal["application", "compose"]

OVERVIEW_DOMAIN_SERVICE_OWNER_TYPE_VALUES: set[OverviewDomainServiceOwnerType] = {
    "application",
    "compose",
}


def check_overview_domain_service_owner_type(value: str) -> OverviewDomainServiceOwnerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``OVERVIEW_DOMAIN_SERVICE_OWNER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(OverviewDomainServiceOwnerType, value)
