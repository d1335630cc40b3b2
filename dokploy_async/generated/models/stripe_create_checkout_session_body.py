from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stripe_create_checkout_session_body_tier import (
    StripeCreateCheckoutSessionBodyTier,
    check_stripe_create_checkout_session_body_tier,
)

T = TypeVar("T", bound="StripeCreateCheckoutSessionBody")


@_attrs_define
class StripeCreateCheckoutSessionBody:
    """
    Attributes:
        tier (StripeCreateCheckoutSessionBodyTier):
        product_id (str):
        server_quantity (float):
        is_annual (bool):
    """

    tier: StripeCreateCheckoutSessionBodyTier
    product_id: str
    server_quantity: float
    is_annual: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier: str = self.tier

        product_id = self.product_id

        server_quantity = self.server_quantity

        is_annual = self.is_annual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tier": tier,
                "productId": product_id,
                "serverQuantity": server_quantity,
                "isAnnual": is_annual,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tier = check_stripe_create_checkout_session_body_tier(d.pop("tier"))

        product_id = d.pop("productId")

        server_quantity = d.pop("serverQuantity")

        is_annual = d.pop("isAnnual")

        stripe_create_checkout_session_body = cls(
            tier=tier,
            product_id=product_id,
            server_quantity=server_quantity,
            is_annual=is_annual,
        )

        stripe_create_checkout_session_body.additional_properties = d
        return stripe_create_checkout_session_body

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
