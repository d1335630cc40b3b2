from typing import Literal, cast

MountsCreateBodyType = Literal["bind", "file", "volume"]

MOUNTS_CREATE_BODY_TYPE_VALUES: set[MountsCreateBodyType] = {
    "bind",
    "file",
    "volume",
}


def check_mounts_create_body_type(value: str) -> MountsCreateBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MOUNTS_CREATE_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MountsCreateBodyType, value)
