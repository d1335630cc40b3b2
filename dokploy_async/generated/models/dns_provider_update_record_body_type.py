from typing import Literal

DnsProviderUpdateRecordBodyType = Literal["A", "CNAME"]

DNS_PROVIDER_UPDATE_RECORD_BODY_TYPE_VALUES: set[DnsProviderUpdateRecordBodyType] = {
    "A",
    "CNAME",
}


def check_dns_provider_update_record_body_type(value: str) -> DnsProviderUpdateRecordBodyType:
    if value in DNS_PROVIDER_UPDATE_RECORD_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DNS_PROVIDER_UPDATE_RECORD_BODY_TYPE_VALUES!r}"
    )
