from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stripe_get_products_result_products_item_tax_code_object import (
    StripeGetProductsResultProductsItemTaxCodeObject,
    check_stripe_get_products_result_products_item_tax_code_object,
)

T = TypeVar("T", bound="StripeGetProductsResultProductsItemTaxCode")


@_attrs_define
class StripeGetProductsResultProductsItemTaxCode:
    """
    Attributes:
        description (str):
        id (str):
        name (str):
        object_ (StripeGetProductsResultProductsItemTaxCodeObject):
    """

    description: str
    id: str
    name: str
    object_: StripeGetProductsResultProductsItemTaxCodeObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        name = self.name

        object_: str = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        object_ = check_stripe_get_products_result_products_item_tax_code_object(d.pop("object"))

        stripe_get_products_result_products_item_tax_code = cls(
            description=description,
            id=id,
            name=name,
            object_=object_,
        )

        stripe_get_products_result_products_item_tax_code.additional_properties = d
        return stripe_get_products_result_products_item_tax_code

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
