from typing import Literal

DnsProviderCreateRecordBodyType = Literal["A", "CNAME"]

DNS_PROVIDER_CREATE_RECORD_BODY_TYPE_VALUES: set[DnsProviderCreateRecordBodyType] = {
    "A",
    "CNAME",
}


def check_dns_provider_create_record_body_type(value: str) -> DnsProviderCreateRecordBodyType:
    if value in DNS_PROVIDER_CREATE_RECORD_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DNS_PROVIDER_CREATE_RECORD_BODY_TYPE_VALUES!r}"
    )
