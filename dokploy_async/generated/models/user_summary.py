from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.apikey_summary import ApikeySummary


T = TypeVar("T", bound="UserSummary")


@_attrs_define
class UserSummary:
    """A partial record of Dokploy's `user` table.

    Attributes:
        allow_impersonation (bool):
        api_keys (list[ApikeySummary]):
        email (str):
        first_name (str):
        id (str):
        image (None | str):
        is_enterprise_cloud (bool):
        last_name (str):
        send_invoice_notifications (bool):
        servers_quantity (int):
        stripe_customer_id (None | str):
        stripe_subscription_id (None | str):
        two_factor_enabled (bool | None):
    """

    allow_impersonation: bool
    api_keys: list[ApikeySummary]
    email: str
    first_name: str
    id: str
    image: None | str
    is_enterprise_cloud: bool
    last_name: str
    send_invoice_notifications: bool
    servers_quantity: int
    stripe_customer_id: None | str
    stripe_subscription_id: None | str
    two_factor_enabled: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_impersonation = self.allow_impersonation

        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        email = self.email

        first_name = self.first_name

        id = self.id

        image: None | str
        image = self.image

        is_enterprise_cloud = self.is_enterprise_cloud

        last_name = self.last_name

        send_invoice_notifications = self.send_invoice_notifications

        servers_quantity = self.servers_quantity

        stripe_customer_id: None | str
        stripe_customer_id = self.stripe_customer_id

        stripe_subscription_id: None | str
        stripe_subscription_id = self.stripe_subscription_id

        two_factor_enabled: bool | None
        two_factor_enabled = self.two_factor_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowImpersonation": allow_impersonation,
                "apiKeys": api_keys,
                "email": email,
                "firstName": first_name,
                "id": id,
                "image": image,
                "isEnterpriseCloud": is_enterprise_cloud,
                "lastName": last_name,
                "sendInvoiceNotifications": send_invoice_notifications,
                "serversQuantity": servers_quantity,
                "stripeCustomerId": stripe_customer_id,
                "stripeSubscriptionId": stripe_subscription_id,
                "twoFactorEnabled": two_factor_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apikey_summary import ApikeySummary  # noqa: PLC0415

        d = dict(src_dict)
        allow_impersonation = d.pop("allowImpersonation")

        api_keys = []
        _api_keys = d.pop("apiKeys")
        for api_keys_item_data in _api_keys:
            api_keys_item = ApikeySummary.from_dict(api_keys_item_data)

            api_keys.append(api_keys_item)

        email = d.pop("email")

        first_name = d.pop("firstName")

        id = d.pop("id")

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image = _parse_image(d.pop("image"))

        is_enterprise_cloud = d.pop("isEnterpriseCloud")

        last_name = d.pop("lastName")

        send_invoice_notifications = d.pop("sendInvoiceNotifications")

        servers_quantity = d.pop("serversQuantity")

        def _parse_stripe_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stripe_customer_id = _parse_stripe_customer_id(d.pop("stripeCustomerId"))

        def _parse_stripe_subscription_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stripe_subscription_id = _parse_stripe_subscription_id(d.pop("stripeSubscriptionId"))

        def _parse_two_factor_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        two_factor_enabled = _parse_two_factor_enabled(d.pop("twoFactorEnabled"))

        user_summary = cls(
            allow_impersonation=allow_impersonation,
            api_keys=api_keys,
            email=email,
            first_name=first_name,
            id=id,
            image=image,
            is_enterprise_cloud=is_enterprise_cloud,
            last_name=last_name,
            send_invoice_notifications=send_invoice_notifications,
            servers_quantity=servers_quantity,
            stripe_customer_id=stripe_customer_id,
            stripe_subscription_id=stripe_subscription_id,
            two_factor_enabled=two_factor_enabled,
        )

        user_summary.additional_properties = d
        return user_summary

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
