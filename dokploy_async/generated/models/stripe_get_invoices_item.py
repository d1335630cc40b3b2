from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stripe_get_invoices_item_status import (
    StripeGetInvoicesItemStatus,
    check_stripe_get_invoices_item_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StripeGetInvoicesItem")


@_attrs_define
class StripeGetInvoicesItem:
    """
    Attributes:
        amount_due (float):
        amount_paid (float):
        created (float):
        currency (str):
        due_date (float | None):
        id (str):
        number (None | str):
        status (None | StripeGetInvoicesItemStatus):
        hosted_invoice_url (None | str | Unset):
        invoice_pdf (None | str | Unset):
    """

    amount_due: float
    amount_paid: float
    created: float
    currency: str
    due_date: float | None
    id: str
    number: None | str
    status: None | StripeGetInvoicesItemStatus
    hosted_invoice_url: None | str | Unset = UNSET
    invoice_pdf: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_due = self.amount_due

        amount_paid = self.amount_paid

        created = self.created

        currency = self.currency

        due_date: float | None
        due_date = self.due_date

        id = self.id

        number: None | str
        number = self.number

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        hosted_invoice_url: None | str | Unset
        if isinstance(self.hosted_invoice_url, Unset):
            hosted_invoice_url = UNSET
        else:
            hosted_invoice_url = self.hosted_invoice_url

        invoice_pdf: None | str | Unset
        if isinstance(self.invoice_pdf, Unset):
            invoice_pdf = UNSET
        else:
            invoice_pdf = self.invoice_pdf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amountDue": amount_due,
                "amountPaid": amount_paid,
                "created": created,
                "currency": currency,
                "dueDate": due_date,
                "id": id,
                "number": number,
                "status": status,
            }
        )
        if hosted_invoice_url is not UNSET:
            field_dict["hostedInvoiceUrl"] = hosted_invoice_url
        if invoice_pdf is not UNSET:
            field_dict["invoicePdf"] = invoice_pdf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_due = d.pop("amountDue")

        amount_paid = d.pop("amountPaid")

        created = d.pop("created")

        currency = d.pop("currency")

        def _parse_due_date(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        due_date = _parse_due_date(d.pop("dueDate"))

        id = d.pop("id")

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))

        def _parse_status(data: object) -> None | StripeGetInvoicesItemStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_status = check_stripe_get_invoices_item_status(data)

                return status_status
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StripeGetInvoicesItemStatus, data)

        status = _parse_status(d.pop("status"))

        def _parse_hosted_invoice_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_invoice_url = _parse_hosted_invoice_url(d.pop("hostedInvoiceUrl", UNSET))

        def _parse_invoice_pdf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_pdf = _parse_invoice_pdf(d.pop("invoicePdf", UNSET))

        stripe_get_invoices_item = cls(
            amount_due=amount_due,
            amount_paid=amount_paid,
            created=created,
            currency=currency,
            due_date=due_date,
            id=id,
            number=number,
            status=status,
            hosted_invoice_url=hosted_invoice_url,
            invoice_pdf=invoice_pdf,
        )

        stripe_get_invoices_item.additional_properties = d
        return stripe_get_invoices_item

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
