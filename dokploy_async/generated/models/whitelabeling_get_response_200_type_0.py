from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WhitelabelingGetResponse200Type0")


@_attrs_define
class WhitelabelingGetResponse200Type0:
    """
    Attributes:
        app_description (None | str):
        app_name (None | str):
        custom_css (None | str):
        docs_url (None | str):
        error_page_description (None | str):
        error_page_title (None | str):
        favicon_url (None | str):
        footer_text (None | str):
        login_logo_url (None | str):
        logo_url (None | str):
        meta_title (None | str):
        support_url (None | str):
    """

    app_description: None | str
    app_name: None | str
    custom_css: None | str
    docs_url: None | str
    error_page_description: None | str
    error_page_title: None | str
    favicon_url: None | str
    footer_text: None | str
    login_logo_url: None | str
    logo_url: None | str
    meta_title: None | str
    support_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_description: None | str
        app_description = self.app_description

        app_name: None | str
        app_name = self.app_name

        custom_css: None | str
        custom_css = self.custom_css

        docs_url: None | str
        docs_url = self.docs_url

        error_page_description: None | str
        error_page_description = self.error_page_description

        error_page_title: None | str
        error_page_title = self.error_page_title

        favicon_url: None | str
        favicon_url = self.favicon_url

        footer_text: None | str
        footer_text = self.footer_text

        login_logo_url: None | str
        login_logo_url = self.login_logo_url

        logo_url: None | str
        logo_url = self.logo_url

        meta_title: None | str
        meta_title = self.meta_title

        support_url: None | str
        support_url = self.support_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appDescription": app_description,
                "appName": app_name,
                "customCss": custom_css,
                "docsUrl": docs_url,
                "errorPageDescription": error_page_description,
                "errorPageTitle": error_page_title,
                "faviconUrl": favicon_url,
                "footerText": footer_text,
                "loginLogoUrl": login_logo_url,
                "logoUrl": logo_url,
                "metaTitle": meta_title,
                "supportUrl": support_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_app_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        app_description = _parse_app_description(d.pop("appDescription"))

        def _parse_app_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        app_name = _parse_app_name(d.pop("appName"))

        def _parse_custom_css(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_css = _parse_custom_css(d.pop("customCss"))

        def _parse_docs_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        docs_url = _parse_docs_url(d.pop("docsUrl"))

        def _parse_error_page_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_page_description = _parse_error_page_description(d.pop("errorPageDescription"))

        def _parse_error_page_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_page_title = _parse_error_page_title(d.pop("errorPageTitle"))

        def _parse_favicon_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        favicon_url = _parse_favicon_url(d.pop("faviconUrl"))

        def _parse_footer_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        footer_text = _parse_footer_text(d.pop("footerText"))

        def _parse_login_logo_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        login_logo_url = _parse_login_logo_url(d.pop("loginLogoUrl"))

        def _parse_logo_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_url = _parse_logo_url(d.pop("logoUrl"))

        def _parse_meta_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        meta_title = _parse_meta_title(d.pop("metaTitle"))

        def _parse_support_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        support_url = _parse_support_url(d.pop("supportUrl"))

        whitelabeling_get_response_200_type_0 = cls(
            app_description=app_description,
            app_name=app_name,
            custom_css=custom_css,
            docs_url=docs_url,
            error_page_description=error_page_description,
            error_page_title=error_page_title,
            favicon_url=favicon_url,
            footer_text=footer_text,
            login_logo_url=login_logo_url,
            logo_url=logo_url,
            meta_title=meta_title,
            support_url=support_url,
        )

        whitelabeling_get_response_200_type_0.additional_properties = d
        return whitelabeling_get_response_200_type_0

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
