from typing import Literal

DomainCreateBodyDomainType = Literal["application", "compose", "preview"]

DOMAIN_CREATE_BODY_DOMAIN_TYPE_VALUES: set[DomainCreateBodyDomainType] = {
    "application",
    "compose",
    "preview",
}


def check_domain_create_body_domain_type(value: str) -> DomainCreateBodyDomainType:
    if value in DOMAIN_CREATE_BODY_DOMAIN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_CREATE_BODY_DOMAIN_TYPE_VALUES!r}"
    )
