from typing import Literal, cast

InvitationRoleType2 = Literal["owner"]

INVITATION_ROLE_TYPE_2_VALUES: set[InvitationRoleType2] = {
    "owner",
}


def check_invitation_role_type_2(value: str) -> InvitationRoleType2:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``INVITATION_ROLE_TYPE_2_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(InvitationRoleType2, value)
