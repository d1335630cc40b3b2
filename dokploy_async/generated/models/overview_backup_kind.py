from typing import Literal, cast

OverviewBackupKind = Literal["backup", "volumeBackup"]

OVERVIEW_BACKUP_KIND_VALUES: set[OverviewBackupKind] = {
    "backup",
    "volumeBackup",
}


def check_overview_backup_kind(value: str) -> OverviewBackupKind:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``OVERVIEW_BACKUP_KIND_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(OverviewBackupKind, value)
