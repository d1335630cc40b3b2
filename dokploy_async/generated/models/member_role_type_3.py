from typing import Literal, cast

MemberRoleType3 = Literal["admin"]

MEMBER_ROLE_TYPE_3_VALUES: set[MemberRoleType3] = {
    "admin",
}


def check_member_role_type_3(value: str) -> MemberRoleType3:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MEMBER_ROLE_TYPE_3_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MemberRoleType3, value)
