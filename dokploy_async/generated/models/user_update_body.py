from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="UserUpdateBody")


@_attrs_define
class UserUpdateBody:
    """
    Attributes:
        id (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        is_registered (bool | Unset):
        expiration_date (str | Unset):
        created_at_2 (str | Unset):
        created_at (None | str | Unset):
        two_factor_enabled (bool | None | Unset):
        email (str | Unset):
        email_verified (bool | Unset):
        image (None | str | Unset):
        banned (bool | None | Unset):
        ban_reason (None | str | Unset):
        ban_expires (None | str | Unset):
        updated_at (str | Unset):
        enable_paid_features (bool | Unset):
        allow_impersonation (bool | Unset):
        enable_enterprise_features (bool | Unset):
        license_key (None | str | Unset):
        stripe_customer_id (None | str | Unset):
        stripe_subscription_id (None | str | Unset):
        servers_quantity (float | Unset):
        send_invoice_notifications (bool | Unset):
        password (str | Unset):
        current_password (str | Unset):
    """

    id: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    is_registered: bool | Unset = UNSET
    expiration_date: str | Unset = UNSET
    created_at_2: str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    two_factor_enabled: bool | None | Unset = UNSET
    email: str | Unset = UNSET
    email_verified: bool | Unset = UNSET
    image: None | str | Unset = UNSET
    banned: bool | None | Unset = UNSET
    ban_reason: None | str | Unset = UNSET
    ban_expires: None | str | Unset = UNSET
    updated_at: str | Unset = UNSET
    enable_paid_features: bool | Unset = UNSET
    allow_impersonation: bool | Unset = UNSET
    enable_enterprise_features: bool | Unset = UNSET
    license_key: None | str | Unset = _attrs_field(default=UNSET, repr=masked)
    stripe_customer_id: None | str | Unset = UNSET
    stripe_subscription_id: None | str | Unset = UNSET
    servers_quantity: float | Unset = UNSET
    send_invoice_notifications: bool | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=masked)
    current_password: str | Unset = _attrs_field(default=UNSET, repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        is_registered = self.is_registered

        expiration_date = self.expiration_date

        created_at_2 = self.created_at_2

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        two_factor_enabled: bool | None | Unset
        if isinstance(self.two_factor_enabled, Unset):
            two_factor_enabled = UNSET
        else:
            two_factor_enabled = self.two_factor_enabled

        email = self.email

        email_verified = self.email_verified

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        banned: bool | None | Unset
        if isinstance(self.banned, Unset):
            banned = UNSET
        else:
            banned = self.banned

        ban_reason: None | str | Unset
        if isinstance(self.ban_reason, Unset):
            ban_reason = UNSET
        else:
            ban_reason = self.ban_reason

        ban_expires: None | str | Unset
        if isinstance(self.ban_expires, Unset):
            ban_expires = UNSET
        else:
            ban_expires = self.ban_expires

        updated_at = self.updated_at

        enable_paid_features = self.enable_paid_features

        allow_impersonation = self.allow_impersonation

        enable_enterprise_features = self.enable_enterprise_features

        license_key: None | str | Unset
        if isinstance(self.license_key, Unset):
            license_key = UNSET
        else:
            license_key = self.license_key

        stripe_customer_id: None | str | Unset
        if isinstance(self.stripe_customer_id, Unset):
            stripe_customer_id = UNSET
        else:
            stripe_customer_id = self.stripe_customer_id

        stripe_subscription_id: None | str | Unset
        if isinstance(self.stripe_subscription_id, Unset):
            stripe_subscription_id = UNSET
        else:
            stripe_subscription_id = self.stripe_subscription_id

        servers_quantity = self.servers_quantity

        send_invoice_notifications = self.send_invoice_notifications

        password = self.password

        current_password = self.current_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if is_registered is not UNSET:
            field_dict["isRegistered"] = is_registered
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if created_at_2 is not UNSET:
            field_dict["createdAt2"] = created_at_2
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if two_factor_enabled is not UNSET:
            field_dict["twoFactorEnabled"] = two_factor_enabled
        if email is not UNSET:
            field_dict["email"] = email
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if image is not UNSET:
            field_dict["image"] = image
        if banned is not UNSET:
            field_dict["banned"] = banned
        if ban_reason is not UNSET:
            field_dict["banReason"] = ban_reason
        if ban_expires is not UNSET:
            field_dict["banExpires"] = ban_expires
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if enable_paid_features is not UNSET:
            field_dict["enablePaidFeatures"] = enable_paid_features
        if allow_impersonation is not UNSET:
            field_dict["allowImpersonation"] = allow_impersonation
        if enable_enterprise_features is not UNSET:
            field_dict["enableEnterpriseFeatures"] = enable_enterprise_features
        if license_key is not UNSET:
            field_dict["licenseKey"] = license_key
        if stripe_customer_id is not UNSET:
            field_dict["stripeCustomerId"] = stripe_customer_id
        if stripe_subscription_id is not UNSET:
            field_dict["stripeSubscriptionId"] = stripe_subscription_id
        if servers_quantity is not UNSET:
            field_dict["serversQuantity"] = servers_quantity
        if send_invoice_notifications is not UNSET:
            field_dict["sendInvoiceNotifications"] = send_invoice_notifications
        if password is not UNSET:
            field_dict["password"] = password
        if current_password is not UNSET:
            field_dict["currentPassword"] = current_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        is_registered = d.pop("isRegistered", UNSET)

        expiration_date = d.pop("expirationDate", UNSET)

        created_at_2 = d.pop("createdAt2", UNSET)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_two_factor_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        two_factor_enabled = _parse_two_factor_enabled(d.pop("twoFactorEnabled", UNSET))

        email = d.pop("email", UNSET)

        email_verified = d.pop("emailVerified", UNSET)

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_banned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        banned = _parse_banned(d.pop("banned", UNSET))

        def _parse_ban_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ban_reason = _parse_ban_reason(d.pop("banReason", UNSET))

        def _parse_ban_expires(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ban_expires = _parse_ban_expires(d.pop("banExpires", UNSET))

        updated_at = d.pop("updatedAt", UNSET)

        enable_paid_features = d.pop("enablePaidFeatures", UNSET)

        allow_impersonation = d.pop("allowImpersonation", UNSET)

        enable_enterprise_features = d.pop("enableEnterpriseFeatures", UNSET)

        def _parse_license_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        license_key = _parse_license_key(d.pop("licenseKey", UNSET))

        def _parse_stripe_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_customer_id = _parse_stripe_customer_id(d.pop("stripeCustomerId", UNSET))

        def _parse_stripe_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripe_subscription_id = _parse_stripe_subscription_id(d.pop("stripeSubscriptionId", UNSET))

        servers_quantity = d.pop("serversQuantity", UNSET)

        send_invoice_notifications = d.pop("sendInvoiceNotifications", UNSET)

        password = d.pop("password", UNSET)

        current_password = d.pop("currentPassword", UNSET)

        user_update_body = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            is_registered=is_registered,
            expiration_date=expiration_date,
            created_at_2=created_at_2,
            created_at=created_at,
            two_factor_enabled=two_factor_enabled,
            email=email,
            email_verified=email_verified,
            image=image,
            banned=banned,
            ban_reason=ban_reason,
            ban_expires=ban_expires,
            updated_at=updated_at,
            enable_paid_features=enable_paid_features,
            allow_impersonation=allow_impersonation,
            enable_enterprise_features=enable_enterprise_features,
            license_key=license_key,
            stripe_customer_id=stripe_customer_id,
            stripe_subscription_id=stripe_subscription_id,
            servers_quantity=servers_quantity,
            send_invoice_notifications=send_invoice_notifications,
            password=password,
            current_password=current_password,
        )

        user_update_body.additional_properties = d
        return user_update_body

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
