from typing import Literal, cast

InvitationRoleType3 = Literal["admin"]

INVITATION_ROLE_TYPE_3_VALUES: set[InvitationRoleType3] = {
    "admin",
}


def check_invitation_role_type_3(value: str) -> InvitationRoleType3:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``INVITATION_ROLE_TYPE_3_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(InvitationRoleType3, value)
