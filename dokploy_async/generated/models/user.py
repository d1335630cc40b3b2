from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.apikey import Apikey
    from ..models.backup import Backup


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A record of Dokploy's `user` table.

    Attributes:
        allow_impersonation (bool):
        ban_expires (datetime.datetime | None):
        ban_reason (None | str):
        banned (bool | None):
        bookmarked_templates (list[str] | None):
        created_at (datetime.datetime | None):
        created_at_2 (str):
        email (str):
        email_verified (bool):
        enable_enterprise_features (bool):
        enable_paid_features (bool):
        expiration_date (str):
        first_name (str):
        id (str):
        image (None | str):
        is_enterprise_cloud (bool):
        is_registered (bool):
        is_valid_enterprise_license (bool):
        last_name (str):
        license_key (None | str):
        role (str):
        send_invoice_notifications (bool):
        servers_quantity (int):
        stripe_customer_id (None | str):
        stripe_subscription_id (None | str):
        trusted_origins (list[str] | None):
        two_factor_enabled (bool | None):
        updated_at (datetime.datetime):
        api_keys (list[Apikey] | Unset):
        backups (list[Backup] | Unset):
    """

    allow_impersonation: bool
    ban_expires: datetime.datetime | None
    ban_reason: None | str
    banned: bool | None
    bookmarked_templates: list[str] | None
    created_at: datetime.datetime | None
    created_at_2: str
    email: str
    email_verified: bool
    enable_enterprise_features: bool
    enable_paid_features: bool
    expiration_date: str
    first_name: str
    id: str
    image: None | str
    is_enterprise_cloud: bool
    is_registered: bool
    is_valid_enterprise_license: bool
    last_name: str
    license_key: None | str = _attrs_field(repr=masked)
    role: str
    send_invoice_notifications: bool
    servers_quantity: int
    stripe_customer_id: None | str
    stripe_subscription_id: None | str
    trusted_origins: list[str] | None
    two_factor_enabled: bool | None
    updated_at: datetime.datetime
    api_keys: list[Apikey] | Unset = UNSET
    backups: list[Backup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_impersonation = self.allow_impersonation

        ban_expires: None | str
        if isinstance(self.ban_expires, datetime.datetime):
            ban_expires = (
                self.ban_expires.astimezone(datetime.UTC)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            ban_expires = self.ban_expires

        ban_reason: None | str
        ban_reason = self.ban_reason

        banned: bool | None
        banned = self.banned

        bookmarked_templates: list[str] | None
        if isinstance(self.bookmarked_templates, list):
            bookmarked_templates = self.bookmarked_templates

        else:
            bookmarked_templates = self.bookmarked_templates

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.astimezone(datetime.UTC)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z")
            )
        else:
            created_at = self.created_at

        created_at_2 = self.created_at_2

        email = self.email

        email_verified = self.email_verified

        enable_enterprise_features = self.enable_enterprise_features

        enable_paid_features = self.enable_paid_features

        expiration_date = self.expiration_date

        first_name = self.first_name

        id = self.id

        image: None | str
        image = self.image

        is_enterprise_cloud = self.is_enterprise_cloud

        is_registered = self.is_registered

        is_valid_enterprise_license = self.is_valid_enterprise_license

        last_name = self.last_name

        license_key: None | str
        license_key = self.license_key

        role = self.role

        send_invoice_notifications = self.send_invoice_notifications

        servers_quantity = self.servers_quantity

        stripe_customer_id: None | str
        stripe_customer_id = self.stripe_customer_id

        stripe_subscription_id: None | str
        stripe_subscription_id = self.stripe_subscription_id

        trusted_origins: list[str] | None
        if isinstance(self.trusted_origins, list):
            trusted_origins = self.trusted_origins

        else:
            trusted_origins = self.trusted_origins

        two_factor_enabled: bool | None
        two_factor_enabled = self.two_factor_enabled

        updated_at = (
            self.updated_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        api_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_keys, Unset):
            api_keys = []
            for api_keys_item_data in self.api_keys:
                api_keys_item = api_keys_item_data.to_dict()
                api_keys.append(api_keys_item)

        backups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.backups, Unset):
            backups = []
            for backups_item_data in self.backups:
                backups_item = backups_item_data.to_dict()
                backups.append(backups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowImpersonation": allow_impersonation,
                "banExpires": ban_expires,
                "banReason": ban_reason,
                "banned": banned,
                "bookmarkedTemplates": bookmarked_templates,
                "createdAt": created_at,
                "createdAt2": created_at_2,
                "email": email,
                "emailVerified": email_verified,
                "enableEnterpriseFeatures": enable_enterprise_features,
                "enablePaidFeatures": enable_paid_features,
                "expirationDate": expiration_date,
                "firstName": first_name,
                "id": id,
                "image": image,
                "isEnterpriseCloud": is_enterprise_cloud,
                "isRegistered": is_registered,
                "isValidEnterpriseLicense": is_valid_enterprise_license,
                "lastName": last_name,
                "licenseKey": license_key,
                "role": role,
                "sendInvoiceNotifications": send_invoice_notifications,
                "serversQuantity": servers_quantity,
                "stripeCustomerId": stripe_customer_id,
                "stripeSubscriptionId": stripe_subscription_id,
                "trustedOrigins": trusted_origins,
                "twoFactorEnabled": two_factor_enabled,
                "updatedAt": updated_at,
            }
        )
        if api_keys is not UNSET:
            field_dict["apiKeys"] = api_keys
        if backups is not UNSET:
            field_dict["backups"] = backups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apikey import Apikey  # noqa: PLC0415
        from ..models.backup import Backup  # noqa: PLC0415

        d = dict(src_dict)
        allow_impersonation = d.pop("allowImpersonation")

        def _parse_ban_expires(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ban_expires_type_0 = datetime.datetime.fromisoformat(data)

                return ban_expires_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ban_expires = _parse_ban_expires(d.pop("banExpires"))

        def _parse_ban_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ban_reason = _parse_ban_reason(d.pop("banReason"))

        def _parse_banned(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        banned = _parse_banned(d.pop("banned"))

        def _parse_bookmarked_templates(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bookmarked_templates_type_0 = cast(list[str], data)

                return bookmarked_templates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        bookmarked_templates = _parse_bookmarked_templates(d.pop("bookmarkedTemplates"))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("createdAt"))

        created_at_2 = d.pop("createdAt2")

        email = d.pop("email")

        email_verified = d.pop("emailVerified")

        enable_enterprise_features = d.pop("enableEnterpriseFeatures")

        enable_paid_features = d.pop("enablePaidFeatures")

        expiration_date = d.pop("expirationDate")

        first_name = d.pop("firstName")

        id = d.pop("id")

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image = _parse_image(d.pop("image"))

        is_enterprise_cloud = d.pop("isEnterpriseCloud")

        is_registered = d.pop("isRegistered")

        is_valid_enterprise_license = d.pop("isValidEnterpriseLicense")

        last_name = d.pop("lastName")

        def _parse_license_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        license_key = _parse_license_key(d.pop("licenseKey"))

        role = d.pop("role")

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

        def _parse_trusted_origins(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trusted_origins_type_0 = cast(list[str], data)

                return trusted_origins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        trusted_origins = _parse_trusted_origins(d.pop("trustedOrigins"))

        def _parse_two_factor_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        two_factor_enabled = _parse_two_factor_enabled(d.pop("twoFactorEnabled"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _api_keys = d.pop("apiKeys", UNSET)
        api_keys: list[Apikey] | Unset = UNSET
        if _api_keys is not UNSET:
            api_keys = []
            for api_keys_item_data in _api_keys:
                api_keys_item = Apikey.from_dict(api_keys_item_data)

                api_keys.append(api_keys_item)

        _backups = d.pop("backups", UNSET)
        backups: list[Backup] | Unset = UNSET
        if _backups is not UNSET:
            backups = []
            for backups_item_data in _backups:
                backups_item = Backup.from_dict(backups_item_data)

                backups.append(backups_item)

        user = cls(
            allow_impersonation=allow_impersonation,
            ban_expires=ban_expires,
            ban_reason=ban_reason,
            banned=banned,
            bookmarked_templates=bookmarked_templates,
            created_at=created_at,
            created_at_2=created_at_2,
            email=email,
            email_verified=email_verified,
            enable_enterprise_features=enable_enterprise_features,
            enable_paid_features=enable_paid_features,
            expiration_date=expiration_date,
            first_name=first_name,
            id=id,
            image=image,
            is_enterprise_cloud=is_enterprise_cloud,
            is_registered=is_registered,
            is_valid_enterprise_license=is_valid_enterprise_license,
            last_name=last_name,
            license_key=license_key,
            role=role,
            send_invoice_notifications=send_invoice_notifications,
            servers_quantity=servers_quantity,
            stripe_customer_id=stripe_customer_id,
            stripe_subscription_id=stripe_subscription_id,
            trusted_origins=trusted_origins,
            two_factor_enabled=two_factor_enabled,
            updated_at=updated_at,
            api_keys=api_keys,
            backups=backups,
        )

        user.additional_properties = d
        return user

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
