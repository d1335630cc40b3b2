from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitation_role_type_1 import InvitationRoleType1, check_invitation_role_type_1
from ..models.invitation_role_type_2 import InvitationRoleType2, check_invitation_role_type_2
from ..models.invitation_role_type_3 import InvitationRoleType3, check_invitation_role_type_3
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization import Organization


T = TypeVar("T", bound="Invitation")


@_attrs_define
class Invitation:
    """A record of Dokploy's `invitation` table.

    Attributes:
        created_at (datetime.datetime):
        email (str):
        expires_at (datetime.datetime):
        id (str):
        inviter_id (str):
        organization_id (str):
        role (InvitationRoleType1 | InvitationRoleType2 | InvitationRoleType3 | list[str] | None):
        status (str):
        team_id (None | str):
        organization (Organization | Unset): A record of Dokploy's `organization` table.
    """

    created_at: datetime.datetime
    email: str
    expires_at: datetime.datetime
    id: str
    inviter_id: str
    organization_id: str
    role: InvitationRoleType1 | InvitationRoleType2 | InvitationRoleType3 | list[str] | None
    status: str
    team_id: None | str
    organization: Organization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = (
            self.created_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        email = self.email

        expires_at = (
            self.expires_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        id = self.id

        inviter_id = self.inviter_id

        organization_id = self.organization_id

        role: list[str] | None | str
        if isinstance(self.role, list):
            role = self.role

        elif isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        status = self.status

        team_id: None | str
        team_id = self.team_id

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "email": email,
                "expiresAt": expires_at,
                "id": id,
                "inviterId": inviter_id,
                "organizationId": organization_id,
                "role": role,
                "status": status,
                "teamId": team_id,
            }
        )
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization import Organization  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        email = d.pop("email")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        id = d.pop("id")

        inviter_id = d.pop("inviterId")

        organization_id = d.pop("organizationId")

        def _parse_role(
            data: object,
        ) -> InvitationRoleType1 | InvitationRoleType2 | InvitationRoleType3 | list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                role_type_0 = cast(list[str], data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_invitation_role_type_1(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_2 = check_invitation_role_type_2(data)

                return role_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_3 = check_invitation_role_type_3(data)

                return role_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InvitationRoleType1 | InvitationRoleType2 | InvitationRoleType3 | list[str] | None,
                data,
            )

        role = _parse_role(d.pop("role"))

        status = d.pop("status")

        def _parse_team_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_id = _parse_team_id(d.pop("teamId"))

        _organization = d.pop("organization", UNSET)
        organization: Organization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = Organization.from_dict(_organization)

        invitation = cls(
            created_at=created_at,
            email=email,
            expires_at=expires_at,
            id=id,
            inviter_id=inviter_id,
            organization_id=organization_id,
            role=role,
            status=status,
            team_id=team_id,
            organization=organization,
        )

        invitation.additional_properties = d
        return invitation

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
