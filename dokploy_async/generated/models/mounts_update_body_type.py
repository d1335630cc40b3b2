from typing import Literal, cast

MountsUpdateBodyType = Literal["bind", "file", "volume"]

MOUNTS_UPDATE_BODY_TYPE_VALUES: set[MountsUpdateBodyType] = {
    "bind",
    "file",
    "volume",
}


def check_mounts_update_body_type(value: str) -> MountsUpdateBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MOUNTS_UPDATE_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MountsUpdateBodyType, value)
