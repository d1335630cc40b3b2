from typing import Literal, cast

MemberRoleType2 = Literal["owner"]

MEMBER_ROLE_TYPE_2_VALUES: set[MemberRoleType2] = {
    "owner",
}


def check_member_role_type_2(value: str) -> MemberRoleType2:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MEMBER_ROLE_TYPE_2_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MemberRoleType2, value)
