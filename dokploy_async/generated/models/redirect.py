from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Redirect")


@_attrs_define
class Redirect:
    """A redirect rule of an application (shape from the request schema; not captured).

    Attributes:
        redirect_id (None | str | Unset):
        regex (None | str | Unset):
        replacement (None | str | Unset):
        permanent (bool | None | Unset):
        application_id (None | str | Unset):
        created_at (str | Unset):
        unique_config_key (int | Unset):
    """

    redirect_id: None | str | Unset = UNSET
    regex: None | str | Unset = UNSET
    replacement: None | str | Unset = UNSET
    permanent: bool | None | Unset = UNSET
    application_id: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    unique_config_key: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect_id: None | str | Unset
        if isinstance(self.redirect_id, Unset):
            redirect_id = UNSET
        else:
            redirect_id = self.redirect_id

        regex: None | str | Unset
        if isinstance(self.regex, Unset):
            regex = UNSET
        else:
            regex = self.regex

        replacement: None | str | Unset
        if isinstance(self.replacement, Unset):
            replacement = UNSET
        else:
            replacement = self.replacement

        permanent: bool | None | Unset
        if isinstance(self.permanent, Unset):
            permanent = UNSET
        else:
            permanent = self.permanent

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        created_at = self.created_at

        unique_config_key = self.unique_config_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redirect_id is not UNSET:
            field_dict["redirectId"] = redirect_id
        if regex is not UNSET:
            field_dict["regex"] = regex
        if replacement is not UNSET:
            field_dict["replacement"] = replacement
        if permanent is not UNSET:
            field_dict["permanent"] = permanent
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if unique_config_key is not UNSET:
            field_dict["uniqueConfigKey"] = unique_config_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_redirect_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_id = _parse_redirect_id(d.pop("redirectId", UNSET))

        def _parse_regex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regex = _parse_regex(d.pop("regex", UNSET))

        def _parse_replacement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replacement = _parse_replacement(d.pop("replacement", UNSET))

        def _parse_permanent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        permanent = _parse_permanent(d.pop("permanent", UNSET))

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("applicationId", UNSET))

        created_at = d.pop("createdAt", UNSET)

        unique_config_key = d.pop("uniqueConfigKey", UNSET)

        redirect = cls(
            redirect_id=redirect_id,
            regex=regex,
            replacement=replacement,
            permanent=permanent,
            application_id=application_id,
            created_at=created_at,
            unique_config_key=unique_config_key,
        )

        redirect.additional_properties = d
        return redirect

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
