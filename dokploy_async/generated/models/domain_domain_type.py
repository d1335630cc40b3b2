from typing import Literal, cast

DomainDomainType = Literal["application", "compose", "preview"]

DOMAIN_DOMAIN_TYPE_VALUES: set[DomainDomainType] = {
    "application",
    "compose",
    "preview",
}


def check_domain_domain_type(value: str) -> DomainDomainType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DOMAIN_DOMAIN_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DomainDomainType, value)
