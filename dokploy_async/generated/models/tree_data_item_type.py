from typing import Literal, cast

TreeDataItemType = Literal["directory", "file"]

TREE_DATA_ITEM_TYPE_VALUES: set[TreeDataItemType] = {
    "directory",
    "file",
}


def check_tree_data_item_type(value: str) -> TreeDataItemType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``TREE_DATA_ITEM_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(TreeDataItemType, value)
