from typing import Literal, cast

DnsProviderCreateRecordBodyType = Literal["A", "CNAME"]

DNS_PROVIDER_CREATE_RECORD_BODY_TYPE_VALUES: set[DnsProviderCreateRecordBodyType] = {
    "A",
    "CNAME",
}


def check_dns_provider_create_record_body_type(value: str) -> DnsProviderCreateRecordBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DNS_PROVIDER_CREATE_RECORD_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DnsProviderCreateRecordBodyType, value)
