from typing import Literal

MountsUpdateBodyType = Literal["bind", "file", "volume"]

MOUNTS_UPDATE_BODY_TYPE_VALUES: set[MountsUpdateBodyType] = {
    "bind",
    "file",
    "volume",
}


def check_mounts_update_body_type(value: str) -> MountsUpdateBodyType:
    if value in MOUNTS_UPDATE_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOUNTS_UPDATE_BODY_TYPE_VALUES!r}"
    )
