from typing import Literal, cast

UserGetUserByTokenResultRoleType3 = Literal["admin"]

USER_GET_USER_BY_TOKEN_RESULT_ROLE_TYPE_3_VALUES: set[UserGetUserByTokenResultRoleType3] = {
    "admin",
}


def check_user_get_user_by_token_result_role_type_3(
    value: str,
) -> UserGetUserByTokenResultRoleType3:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``USER_GET_USER_BY_TOKEN_RESULT_ROLE_TYPE_3_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(UserGetUserByTokenResultRoleType3, value)
