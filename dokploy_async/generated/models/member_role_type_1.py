from typing import Literal, cast

MemberRoleType1 = Literal["member"]

MEMBER_ROLE_TYPE_1_VALUES: set[MemberRoleType1] = {
    "member",
}


def check_member_role_type_1(value: str) -> MemberRoleType1:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MEMBER_ROLE_TYPE_1_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MemberRoleType1, value)
