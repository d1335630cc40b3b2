from typing import Literal, cast

DirectoryEntryType = Literal["directory", "file"]

DIRECTORY_ENTRY_TYPE_VALUES: set[DirectoryEntryType] = {
    "directory",
    "file",
}


def check_directory_entry_type(value: str) -> DirectoryEntryType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``DIRECTORY_ENTRY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(DirectoryEntryType, value)
