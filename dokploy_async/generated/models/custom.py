from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_headers_type_0 import CustomHeadersType0


T = TypeVar("T", bound="Custom")


@_attrs_define
class Custom:
    """A record of Dokploy's `custom` table.

    Attributes:
        custom_id (str):
        endpoint (str):
        headers (CustomHeadersType0 | None):
    """

    custom_id: str
    endpoint: str
    headers: CustomHeadersType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_headers_type_0 import CustomHeadersType0  # noqa: PLC0415

        custom_id = self.custom_id

        endpoint = self.endpoint

        headers: dict[str, Any] | None
        if isinstance(self.headers, CustomHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customId": custom_id,
                "endpoint": endpoint,
                "headers": headers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_headers_type_0 import CustomHeadersType0  # noqa: PLC0415

        d = dict(src_dict)
        custom_id = d.pop("customId")

        endpoint = d.pop("endpoint")

        def _parse_headers(data: object) -> CustomHeadersType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = CustomHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomHeadersType0 | None, data)

        headers = _parse_headers(d.pop("headers"))

        custom = cls(
            custom_id=custom_id,
            endpoint=endpoint,
            headers=headers,
        )

        custom.additional_properties = d
        return custom

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
