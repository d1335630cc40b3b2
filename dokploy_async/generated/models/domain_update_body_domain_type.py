from typing import Literal, cast

DomainUpdateBodyDomainType = Literal["application", "compose", "preview"]

DOMAIN_UPDATE_BODY_DOMAIN_TYPE_VALUES: set[DomainUpdateBodyDomainType] = {
    "application",
    "compose",
    "preview",
}


def check_domain_update_body_domain_type(value: str) -> DomainUpdateBodyDomainType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DOMAIN_UPDATE_BODY_DOMAIN_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DomainUpdateBodyDomainType, value)
