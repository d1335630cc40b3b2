from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stripe_get_products_result_products_item_default_price_billing_scheme import (
    StripeGetProductsResultProductsItemDefaultPriceBillingScheme,
    check_stripe_get_products_result_products_item_default_price_billing_scheme,
)
from ..models.stripe_get_products_result_products_item_default_price_object import (
    StripeGetProductsResultProductsItemDefaultPriceObject,
    check_stripe_get_products_result_products_item_default_price_object,
)
from ..models.stripe_get_products_result_products_item_default_price_tax_behavior import (
    StripeGetProductsResultProductsItemDefaultPriceTaxBehavior,
    check_stripe_get_products_result_products_item_default_price_tax_behavior,
)
from ..models.stripe_get_products_result_products_item_default_price_tiers_mode import (
    StripeGetProductsResultProductsItemDefaultPriceTiersMode,
    check_stripe_get_products_result_products_item_default_price_tiers_mode,
)
from ..models.stripe_get_products_result_products_item_default_price_type import (
    StripeGetProductsResultProductsItemDefaultPriceType,
    check_stripe_get_products_result_products_item_default_price_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stripe_get_products_result_products_item_default_price_currency_options import (
        StripeGetProductsResultProductsItemDefaultPriceCurrencyOptions,
    )
    from ..models.stripe_get_products_result_products_item_default_price_custom_unit_amount_type_0 import (
        StripeGetProductsResultProductsItemDefaultPriceCustomUnitAmountType0,
    )
    from ..models.stripe_get_products_result_products_item_default_price_metadata import (
        StripeGetProductsResultProductsItemDefaultPriceMetadata,
    )
    from ..models.stripe_get_products_result_products_item_default_price_recurring_type_0 import (
        StripeGetProductsResultProductsItemDefaultPriceRecurringType0,
    )
    from ..models.stripe_get_products_result_products_item_default_price_tiers_item import (
        StripeGetProductsResultProductsItemDefaultPriceTiersItem,
    )
    from ..models.stripe_get_products_result_products_item_default_price_transform_quantity_type_0 import (
        StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0,
    )


T = TypeVar("T", bound="StripeGetProductsResultProductsItemDefaultPrice")


@_attrs_define
class StripeGetProductsResultProductsItemDefaultPrice:
    """
    Attributes:
        active (bool):
        billing_scheme (StripeGetProductsResultProductsItemDefaultPriceBillingScheme):
        created (float):
        currency (str):
        custom_unit_amount (None | StripeGetProductsResultProductsItemDefaultPriceCustomUnitAmountType0):
        id (str):
        livemode (bool):
        lookup_key (None | str):
        metadata (StripeGetProductsResultProductsItemDefaultPriceMetadata):
        nickname (None | str):
        object_ (StripeGetProductsResultProductsItemDefaultPriceObject):
        product (Any): Plain JSON: Dokploy's source types this as recursive.
        recurring (None | StripeGetProductsResultProductsItemDefaultPriceRecurringType0):
        tax_behavior (None | StripeGetProductsResultProductsItemDefaultPriceTaxBehavior):
        tiers_mode (None | StripeGetProductsResultProductsItemDefaultPriceTiersMode):
        transform_quantity (None | StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0):
        type_ (StripeGetProductsResultProductsItemDefaultPriceType):
        unit_amount (float | None):
        unit_amount_decimal (None | str):
        currency_options (StripeGetProductsResultProductsItemDefaultPriceCurrencyOptions | Unset):
        deleted (Any | Unset):
        tiers (list[StripeGetProductsResultProductsItemDefaultPriceTiersItem] | Unset):
    """

    active: bool
    billing_scheme: StripeGetProductsResultProductsItemDefaultPriceBillingScheme
    created: float
    currency: str
    custom_unit_amount: None | StripeGetProductsResultProductsItemDefaultPriceCustomUnitAmountType0
    id: str
    livemode: bool
    lookup_key: None | str
    metadata: StripeGetProductsResultProductsItemDefaultPriceMetadata
    nickname: None | str
    object_: StripeGetProductsResultProductsItemDefaultPriceObject
    product: Any
    recurring: None | StripeGetProductsResultProductsItemDefaultPriceRecurringType0
    tax_behavior: None | StripeGetProductsResultProductsItemDefaultPriceTaxBehavior
    tiers_mode: None | StripeGetProductsResultProductsItemDefaultPriceTiersMode
    transform_quantity: None | StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0
    type_: StripeGetProductsResultProductsItemDefaultPriceType
    unit_amount: float | None
    unit_amount_decimal: None | str
    currency_options: StripeGetProductsResultProductsItemDefaultPriceCurrencyOptions | Unset = UNSET
    deleted: Any | Unset = UNSET
    tiers: list[StripeGetProductsResultProductsItemDefaultPriceTiersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stripe_get_products_result_products_item_default_price_custom_unit_amount_type_0 import (
            StripeGetProductsResultProductsItemDefaultPriceCustomUnitAmountType0,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_default_price_recurring_type_0 import (
            StripeGetProductsResultProductsItemDefaultPriceRecurringType0,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_default_price_transform_quantity_type_0 import (
            StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0,  # noqa: PLC0415
        )

        active = self.active

        billing_scheme: str = self.billing_scheme

        created = self.created

        currency = self.currency

        custom_unit_amount: dict[str, Any] | None
        if isinstance(
            self.custom_unit_amount,
            StripeGetProductsResultProductsItemDefaultPriceCustomUnitAmountType0,
        ):
            custom_unit_amount = self.custom_unit_amount.to_dict()
        else:
            custom_unit_amount = self.custom_unit_amount

        id = self.id

        livemode = self.livemode

        lookup_key: None | str
        lookup_key = self.lookup_key

        metadata = self.metadata.to_dict()

        nickname: None | str
        nickname = self.nickname

        object_: str = self.object_

        product = self.product

        recurring: dict[str, Any] | None
        if isinstance(
            self.recurring, StripeGetProductsResultProductsItemDefaultPriceRecurringType0
        ):
            recurring = self.recurring.to_dict()
        else:
            recurring = self.recurring

        tax_behavior: None | str
        if isinstance(self.tax_behavior, str):
            tax_behavior = self.tax_behavior
        else:
            tax_behavior = self.tax_behavior

        tiers_mode: None | str
        if isinstance(self.tiers_mode, str):
            tiers_mode = self.tiers_mode
        else:
            tiers_mode = self.tiers_mode

        transform_quantity: dict[str, Any] | None
        if isinstance(
            self.transform_quantity,
            StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0,
        ):
            transform_quantity = self.transform_quantity.to_dict()
        else:
            transform_quantity = self.transform_quantity

        type_: str = self.type_

        unit_amount: float | None
        unit_amount = self.unit_amount

        unit_amount_decimal: None | str
        unit_amount_decimal = self.unit_amount_decimal

        currency_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_options, Unset):
            currency_options = self.currency_options.to_dict()

        deleted = self.deleted

        tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = []
            for tiers_item_data in self.tiers:
                tiers_item = tiers_item_data.to_dict()
                tiers.append(tiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "billing_scheme": billing_scheme,
                "created": created,
                "currency": currency,
                "custom_unit_amount": custom_unit_amount,
                "id": id,
                "livemode": livemode,
                "lookup_key": lookup_key,
                "metadata": metadata,
                "nickname": nickname,
                "object": object_,
                "product": product,
                "recurring": recurring,
                "tax_behavior": tax_behavior,
                "tiers_mode": tiers_mode,
                "transform_quantity": transform_quantity,
                "type": type_,
                "unit_amount": unit_amount,
                "unit_amount_decimal": unit_amount_decimal,
            }
        )
        if currency_options is not UNSET:
            field_dict["currency_options"] = currency_options
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if tiers is not UNSET:
            field_dict["tiers"] = tiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stripe_get_products_result_products_item_default_price_currency_options import (
            StripeGetProductsResultProductsItemDefaultPriceCurrencyOptions,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_default_price_custom_unit_amount_type_0 import (
            StripeGetProductsResultProductsItemDefaultPriceCustomUnitAmountType0,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_default_price_metadata import (
            StripeGetProductsResultProductsItemDefaultPriceMetadata,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_default_price_recurring_type_0 import (
            StripeGetProductsResultProductsItemDefaultPriceRecurringType0,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_default_price_tiers_item import (
            StripeGetProductsResultProductsItemDefaultPriceTiersItem,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_default_price_transform_quantity_type_0 import (
            StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        active = d.pop("active")

        billing_scheme = (
            check_stripe_get_products_result_products_item_default_price_billing_scheme(
                d.pop("billing_scheme")
            )
        )

        created = d.pop("created")

        currency = d.pop("currency")

        def _parse_custom_unit_amount(
            data: object,
        ) -> None | StripeGetProductsResultProductsItemDefaultPriceCustomUnitAmountType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_unit_amount_type_0 = (
                    StripeGetProductsResultProductsItemDefaultPriceCustomUnitAmountType0.from_dict(
                        data
                    )
                )

                return custom_unit_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | StripeGetProductsResultProductsItemDefaultPriceCustomUnitAmountType0, data
            )

        custom_unit_amount = _parse_custom_unit_amount(d.pop("custom_unit_amount"))

        id = d.pop("id")

        livemode = d.pop("livemode")

        def _parse_lookup_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lookup_key = _parse_lookup_key(d.pop("lookup_key"))

        metadata = StripeGetProductsResultProductsItemDefaultPriceMetadata.from_dict(
            d.pop("metadata")
        )

        def _parse_nickname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        nickname = _parse_nickname(d.pop("nickname"))

        object_ = check_stripe_get_products_result_products_item_default_price_object(
            d.pop("object")
        )

        product = d.pop("product")

        def _parse_recurring(
            data: object,
        ) -> None | StripeGetProductsResultProductsItemDefaultPriceRecurringType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recurring_type_0 = (
                    StripeGetProductsResultProductsItemDefaultPriceRecurringType0.from_dict(data)
                )

                return recurring_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeGetProductsResultProductsItemDefaultPriceRecurringType0, data)

        recurring = _parse_recurring(d.pop("recurring"))

        def _parse_tax_behavior(
            data: object,
        ) -> None | StripeGetProductsResultProductsItemDefaultPriceTaxBehavior:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tax_behavior_tax_behavior = (
                    check_stripe_get_products_result_products_item_default_price_tax_behavior(data)
                )

                return tax_behavior_tax_behavior
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeGetProductsResultProductsItemDefaultPriceTaxBehavior, data)

        tax_behavior = _parse_tax_behavior(d.pop("tax_behavior"))

        def _parse_tiers_mode(
            data: object,
        ) -> None | StripeGetProductsResultProductsItemDefaultPriceTiersMode:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tiers_mode_tiers_mode = (
                    check_stripe_get_products_result_products_item_default_price_tiers_mode(data)
                )

                return tiers_mode_tiers_mode
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeGetProductsResultProductsItemDefaultPriceTiersMode, data)

        tiers_mode = _parse_tiers_mode(d.pop("tiers_mode"))

        def _parse_transform_quantity(
            data: object,
        ) -> None | StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transform_quantity_type_0 = (
                    StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0.from_dict(
                        data
                    )
                )

                return transform_quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | StripeGetProductsResultProductsItemDefaultPriceTransformQuantityType0, data
            )

        transform_quantity = _parse_transform_quantity(d.pop("transform_quantity"))

        type_ = check_stripe_get_products_result_products_item_default_price_type(d.pop("type"))

        def _parse_unit_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        unit_amount = _parse_unit_amount(d.pop("unit_amount"))

        def _parse_unit_amount_decimal(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_amount_decimal = _parse_unit_amount_decimal(d.pop("unit_amount_decimal"))

        _currency_options = d.pop("currency_options", UNSET)
        currency_options: StripeGetProductsResultProductsItemDefaultPriceCurrencyOptions | Unset
        if isinstance(_currency_options, Unset):
            currency_options = UNSET
        else:
            currency_options = (
                StripeGetProductsResultProductsItemDefaultPriceCurrencyOptions.from_dict(
                    _currency_options
                )
            )

        deleted = d.pop("deleted", UNSET)

        _tiers = d.pop("tiers", UNSET)
        tiers: list[StripeGetProductsResultProductsItemDefaultPriceTiersItem] | Unset = UNSET
        if _tiers is not UNSET:
            tiers = []
            for tiers_item_data in _tiers:
                tiers_item = StripeGetProductsResultProductsItemDefaultPriceTiersItem.from_dict(
                    tiers_item_data
                )

                tiers.append(tiers_item)

        stripe_get_products_result_products_item_default_price = cls(
            active=active,
            billing_scheme=billing_scheme,
            created=created,
            currency=currency,
            custom_unit_amount=custom_unit_amount,
            id=id,
            livemode=livemode,
            lookup_key=lookup_key,
            metadata=metadata,
            nickname=nickname,
            object_=object_,
            product=product,
            recurring=recurring,
            tax_behavior=tax_behavior,
            tiers_mode=tiers_mode,
            transform_quantity=transform_quantity,
            type_=type_,
            unit_amount=unit_amount,
            unit_amount_decimal=unit_amount_decimal,
            currency_options=currency_options,
            deleted=deleted,
            tiers=tiers,
        )

        stripe_get_products_result_products_item_default_price.additional_properties = d
        return stripe_get_products_result_products_item_default_price

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
