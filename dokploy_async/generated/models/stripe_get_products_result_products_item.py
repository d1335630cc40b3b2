from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stripe_get_products_result_products_item_object import (
    StripeGetProductsResultProductsItemObject,
    check_stripe_get_products_result_products_item_object,
)
from ..models.stripe_get_products_result_products_item_type import (
    StripeGetProductsResultProductsItemType,
    check_stripe_get_products_result_products_item_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stripe_get_products_result_products_item_default_price import (
        StripeGetProductsResultProductsItemDefaultPrice,
    )
    from ..models.stripe_get_products_result_products_item_marketing_features_item import (
        StripeGetProductsResultProductsItemMarketingFeaturesItem,
    )
    from ..models.stripe_get_products_result_products_item_metadata import (
        StripeGetProductsResultProductsItemMetadata,
    )
    from ..models.stripe_get_products_result_products_item_package_dimensions_type_0 import (
        StripeGetProductsResultProductsItemPackageDimensionsType0,
    )
    from ..models.stripe_get_products_result_products_item_tax_code import (
        StripeGetProductsResultProductsItemTaxCode,
    )


T = TypeVar("T", bound="StripeGetProductsResultProductsItem")


@_attrs_define
class StripeGetProductsResultProductsItem:
    """
    Attributes:
        active (bool):
        created (float):
        description (None | str):
        id (str):
        images (list[str]):
        livemode (bool):
        marketing_features (list[StripeGetProductsResultProductsItemMarketingFeaturesItem]):
        metadata (StripeGetProductsResultProductsItemMetadata):
        name (str):
        object_ (StripeGetProductsResultProductsItemObject):
        package_dimensions (None | StripeGetProductsResultProductsItemPackageDimensionsType0):
        shippable (bool | None):
        tax_code (None | str | StripeGetProductsResultProductsItemTaxCode):
        type_ (StripeGetProductsResultProductsItemType):
        updated (float):
        url (None | str):
        default_price (None | str | StripeGetProductsResultProductsItemDefaultPrice | Unset):
        deleted (Any | Unset):
        statement_descriptor (None | str | Unset):
        unit_label (None | str | Unset):
    """

    active: bool
    created: float
    description: None | str
    id: str
    images: list[str]
    livemode: bool
    marketing_features: list[StripeGetProductsResultProductsItemMarketingFeaturesItem]
    metadata: StripeGetProductsResultProductsItemMetadata
    name: str
    object_: StripeGetProductsResultProductsItemObject
    package_dimensions: None | StripeGetProductsResultProductsItemPackageDimensionsType0
    shippable: bool | None
    tax_code: None | str | StripeGetProductsResultProductsItemTaxCode
    type_: StripeGetProductsResultProductsItemType
    updated: float
    url: None | str
    default_price: None | str | StripeGetProductsResultProductsItemDefaultPrice | Unset = UNSET
    deleted: Any | Unset = UNSET
    statement_descriptor: None | str | Unset = UNSET
    unit_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stripe_get_products_result_products_item_default_price import (
            StripeGetProductsResultProductsItemDefaultPrice,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_package_dimensions_type_0 import (
            StripeGetProductsResultProductsItemPackageDimensionsType0,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_tax_code import (
            StripeGetProductsResultProductsItemTaxCode,  # noqa: PLC0415
        )

        active = self.active

        created = self.created

        description: None | str
        description = self.description

        id = self.id

        images = self.images

        livemode = self.livemode

        marketing_features = []
        for marketing_features_item_data in self.marketing_features:
            marketing_features_item = marketing_features_item_data.to_dict()
            marketing_features.append(marketing_features_item)

        metadata = self.metadata.to_dict()

        name = self.name

        object_: str = self.object_

        package_dimensions: dict[str, Any] | None
        if isinstance(
            self.package_dimensions, StripeGetProductsResultProductsItemPackageDimensionsType0
        ):
            package_dimensions = self.package_dimensions.to_dict()
        else:
            package_dimensions = self.package_dimensions

        shippable: bool | None
        shippable = self.shippable

        tax_code: dict[str, Any] | None | str
        if isinstance(self.tax_code, StripeGetProductsResultProductsItemTaxCode):
            tax_code = self.tax_code.to_dict()
        else:
            tax_code = self.tax_code

        type_: str = self.type_

        updated = self.updated

        url: None | str
        url = self.url

        default_price: dict[str, Any] | None | str | Unset
        if isinstance(self.default_price, Unset):
            default_price = UNSET
        elif isinstance(self.default_price, StripeGetProductsResultProductsItemDefaultPrice):
            default_price = self.default_price.to_dict()
        else:
            default_price = self.default_price

        deleted = self.deleted

        statement_descriptor: None | str | Unset
        if isinstance(self.statement_descriptor, Unset):
            statement_descriptor = UNSET
        else:
            statement_descriptor = self.statement_descriptor

        unit_label: None | str | Unset
        if isinstance(self.unit_label, Unset):
            unit_label = UNSET
        else:
            unit_label = self.unit_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "created": created,
                "description": description,
                "id": id,
                "images": images,
                "livemode": livemode,
                "marketing_features": marketing_features,
                "metadata": metadata,
                "name": name,
                "object": object_,
                "package_dimensions": package_dimensions,
                "shippable": shippable,
                "tax_code": tax_code,
                "type": type_,
                "updated": updated,
                "url": url,
            }
        )
        if default_price is not UNSET:
            field_dict["default_price"] = default_price
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if statement_descriptor is not UNSET:
            field_dict["statement_descriptor"] = statement_descriptor
        if unit_label is not UNSET:
            field_dict["unit_label"] = unit_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stripe_get_products_result_products_item_default_price import (
            StripeGetProductsResultProductsItemDefaultPrice,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_marketing_features_item import (
            StripeGetProductsResultProductsItemMarketingFeaturesItem,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_metadata import (
            StripeGetProductsResultProductsItemMetadata,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_package_dimensions_type_0 import (
            StripeGetProductsResultProductsItemPackageDimensionsType0,  # noqa: PLC0415
        )
        from ..models.stripe_get_products_result_products_item_tax_code import (
            StripeGetProductsResultProductsItemTaxCode,  # noqa: PLC0415
        )

        d = dict(src_dict)
        active = d.pop("active")

        created = d.pop("created")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        id = d.pop("id")

        images = cast(list[str], d.pop("images"))

        livemode = d.pop("livemode")

        marketing_features = []
        _marketing_features = d.pop("marketing_features")
        for marketing_features_item_data in _marketing_features:
            marketing_features_item = (
                StripeGetProductsResultProductsItemMarketingFeaturesItem.from_dict(
                    marketing_features_item_data
                )
            )

            marketing_features.append(marketing_features_item)

        metadata = StripeGetProductsResultProductsItemMetadata.from_dict(d.pop("metadata"))

        name = d.pop("name")

        object_ = check_stripe_get_products_result_products_item_object(d.pop("object"))

        def _parse_package_dimensions(
            data: object,
        ) -> None | StripeGetProductsResultProductsItemPackageDimensionsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                package_dimensions_type_0 = (
                    StripeGetProductsResultProductsItemPackageDimensionsType0.from_dict(data)
                )

                return package_dimensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeGetProductsResultProductsItemPackageDimensionsType0, data)

        package_dimensions = _parse_package_dimensions(d.pop("package_dimensions"))

        def _parse_shippable(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        shippable = _parse_shippable(d.pop("shippable"))

        def _parse_tax_code(
            data: object,
        ) -> None | str | StripeGetProductsResultProductsItemTaxCode:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_code_tax_code = StripeGetProductsResultProductsItemTaxCode.from_dict(data)

                return tax_code_tax_code
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeGetProductsResultProductsItemTaxCode, data)

        tax_code = _parse_tax_code(d.pop("tax_code"))

        type_ = check_stripe_get_products_result_products_item_type(d.pop("type"))

        updated = d.pop("updated")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_default_price(
            data: object,
        ) -> None | str | StripeGetProductsResultProductsItemDefaultPrice | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_price_default_price = (
                    StripeGetProductsResultProductsItemDefaultPrice.from_dict(data)
                )

                return default_price_default_price
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | StripeGetProductsResultProductsItemDefaultPrice | Unset, data)

        default_price = _parse_default_price(d.pop("default_price", UNSET))

        deleted = d.pop("deleted", UNSET)

        def _parse_statement_descriptor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        statement_descriptor = _parse_statement_descriptor(d.pop("statement_descriptor", UNSET))

        def _parse_unit_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_label = _parse_unit_label(d.pop("unit_label", UNSET))

        stripe_get_products_result_products_item = cls(
            active=active,
            created=created,
            description=description,
            id=id,
            images=images,
            livemode=livemode,
            marketing_features=marketing_features,
            metadata=metadata,
            name=name,
            object_=object_,
            package_dimensions=package_dimensions,
            shippable=shippable,
            tax_code=tax_code,
            type_=type_,
            updated=updated,
            url=url,
            default_price=default_price,
            deleted=deleted,
            statement_descriptor=statement_descriptor,
            unit_label=unit_label,
        )

        stripe_get_products_result_products_item.additional_properties = d
        return stripe_get_products_result_products_item

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
