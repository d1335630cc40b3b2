from typing import Literal, cast

UserGetUserByTokenResultRoleType1 = Literal["member"]

USER_GET_USER_BY_TOKEN_RESULT_ROLE_TYPE_1_VALUES: set[UserGetUserByTokenResultRoleType1] = {
    "member",
}


def check_user_get_user_by_token_result_role_type_1(
    value: str,
) -> UserGetUserByTokenResultRoleType1:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``USER_GET_USER_BY_TOKEN_RESULT_ROLE_TYPE_1_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(UserGetUserByTokenResultRoleType1, value)
