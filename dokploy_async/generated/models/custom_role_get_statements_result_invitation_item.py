from typing import Literal, cast

CustomRoleGetStatementsResultInvitationItem = Literal["cancel", "create"]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_INVITATION_ITEM_VALUES: set[
    CustomRoleGetStatementsResultInvitationItem
] = {
    "cancel",
    "create",
}


def check_custom_role_get_statements_result_invitation_item(
    value: str,
) -> CustomRoleGetStatementsResultInvitationItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_INVITATION_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultInvitationItem, value)
