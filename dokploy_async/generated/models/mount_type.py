from typing import Literal, cast

MountType = Literal["bind", "file", "volume"]

MOUNT_TYPE_VALUES: set[MountType] = {
    "bind",
    "file",
    "volume",
}


def check_mount_type(value: str) -> MountType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MOUNT_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MountType, value)
