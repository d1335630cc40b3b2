from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.server import Server


T = TypeVar("T", bound="Certificate")


@_attrs_define
class Certificate:
    """A record of Dokploy's `certificates` table.

    Attributes:
        auto_renew (bool | None):
        certificate_data (str):
        certificate_id (str):
        certificate_path (str):
        name (str):
        organization_id (str):
        private_key (str):
        server_id (None | str):
        server (None | Server | Unset):
    """

    auto_renew: bool | None
    certificate_data: str
    certificate_id: str
    certificate_path: str
    name: str
    organization_id: str
    private_key: str = _attrs_field(repr=masked)
    server_id: None | str
    server: None | Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.server import Server  # noqa: PLC0415

        auto_renew: bool | None
        auto_renew = self.auto_renew

        certificate_data = self.certificate_data

        certificate_id = self.certificate_id

        certificate_path = self.certificate_path

        name = self.name

        organization_id = self.organization_id

        private_key = self.private_key

        server_id: None | str
        server_id = self.server_id

        server: dict[str, Any] | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        elif isinstance(self.server, Server):
            server = self.server.to_dict()
        else:
            server = self.server

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "autoRenew": auto_renew,
                "certificateData": certificate_data,
                "certificateId": certificate_id,
                "certificatePath": certificate_path,
                "name": name,
                "organizationId": organization_id,
                "privateKey": private_key,
                "serverId": server_id,
            }
        )
        if server is not UNSET:
            field_dict["server"] = server

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server import Server  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_auto_renew(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        auto_renew = _parse_auto_renew(d.pop("autoRenew"))

        certificate_data = d.pop("certificateData")

        certificate_id = d.pop("certificateId")

        certificate_path = d.pop("certificatePath")

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        private_key = d.pop("privateKey")

        def _parse_server_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_id = _parse_server_id(d.pop("serverId"))

        def _parse_server(data: object) -> None | Server | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_0 = Server.from_dict(data)

                return server_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Server | Unset, data)

        server = _parse_server(d.pop("server", UNSET))

        certificate = cls(
            auto_renew=auto_renew,
            certificate_data=certificate_data,
            certificate_id=certificate_id,
            certificate_path=certificate_path,
            name=name,
            organization_id=organization_id,
            private_key=private_key,
            server_id=server_id,
            server=server,
        )

        certificate.additional_properties = d
        return certificate

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
