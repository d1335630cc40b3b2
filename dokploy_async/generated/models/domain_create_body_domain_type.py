from typing import Literal, cast

DomainCreateBodyDomainType = Literal["application", "compose", "preview"]

DOMAIN_CREATE_BODY_DOMAIN_TYPE_VALUES: set[DomainCreateBodyDomainType] = {
    "application",
    "compose",
    "preview",
}


def check_domain_create_body_domain_type(value: str) -> DomainCreateBodyDomainType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DOMAIN_CREATE_BODY_DOMAIN_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DomainCreateBodyDomainType, value)
