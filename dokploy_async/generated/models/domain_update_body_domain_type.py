from typing import Literal

DomainUpdateBodyDomainType = Literal["application", "compose", "preview"]

DOMAIN_UPDATE_BODY_DOMAIN_TYPE_VALUES: set[DomainUpdateBodyDomainType] = {
    "application",
    "compose",
    "preview",
}


def check_domain_update_body_domain_type(value: str) -> DomainUpdateBodyDomainType:
    if value in DOMAIN_UPDATE_BODY_DOMAIN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOMAIN_UPDATE_BODY_DOMAIN_TYPE_VALUES!r}"
    )
