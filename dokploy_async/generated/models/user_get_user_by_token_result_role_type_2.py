from typing import Literal, cast

UserGetUserByTokenResultRoleType2 = Literal["owner"]

USER_GET_USER_BY_TOKEN_RESULT_ROLE_TYPE_2_VALUES: set[UserGetUserByTokenResultRoleType2] = {
    "owner",
}


def check_user_get_user_by_token_result_role_type_2(
    value: str,
) -> UserGetUserByTokenResultRoleType2:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``USER_GET_USER_BY_TOKEN_RESULT_ROLE_TYPE_2_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(UserGetUserByTokenResultRoleType2, value)
