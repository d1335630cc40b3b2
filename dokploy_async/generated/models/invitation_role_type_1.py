from typing import Literal, cast

InvitationRoleType1 = Literal["member"]

INVITATION_ROLE_TYPE_1_VALUES: set[InvitationRoleType1] = {
    "member",
}


def check_invitation_role_type_1(value: str) -> InvitationRoleType1:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``INVITATION_ROLE_TYPE_1_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(InvitationRoleType1, value)
