from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="DestinationUpdateBody")


@_attrs_define
class DestinationUpdateBody:
    """
    Attributes:
        name (str):
        access_key (str):
        bucket (str):
        region (str):
        endpoint (str):
        secret_access_key (str):
        destination_id (str):
        provider (None | str):
        additional_flags (list[str] | None):
        server_id (str | Unset):
    """

    name: str
    access_key: str = _attrs_field(repr=masked)
    bucket: str
    region: str
    endpoint: str
    secret_access_key: str = _attrs_field(repr=masked)
    destination_id: str
    provider: None | str
    additional_flags: list[str] | None
    server_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        access_key = self.access_key

        bucket = self.bucket

        region = self.region

        endpoint = self.endpoint

        secret_access_key = self.secret_access_key

        destination_id = self.destination_id

        provider: None | str
        provider = self.provider

        additional_flags: list[str] | None
        if isinstance(self.additional_flags, list):
            additional_flags = self.additional_flags

        else:
            additional_flags = self.additional_flags

        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "accessKey": access_key,
                "bucket": bucket,
                "region": region,
                "endpoint": endpoint,
                "secretAccessKey": secret_access_key,
                "destinationId": destination_id,
                "provider": provider,
                "additionalFlags": additional_flags,
            }
        )
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        access_key = d.pop("accessKey")

        bucket = d.pop("bucket")

        region = d.pop("region")

        endpoint = d.pop("endpoint")

        secret_access_key = d.pop("secretAccessKey")

        destination_id = d.pop("destinationId")

        def _parse_provider(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider = _parse_provider(d.pop("provider"))

        def _parse_additional_flags(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_flags_type_0 = cast(list[str], data)

                return additional_flags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        additional_flags = _parse_additional_flags(d.pop("additionalFlags"))

        server_id = d.pop("serverId", UNSET)

        destination_update_body = cls(
            name=name,
            access_key=access_key,
            bucket=bucket,
            region=region,
            endpoint=endpoint,
            secret_access_key=secret_access_key,
            destination_id=destination_id,
            provider=provider,
            additional_flags=additional_flags,
            server_id=server_id,
        )

        destination_update_body.additional_properties = d
        return destination_update_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
