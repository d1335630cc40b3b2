from typing import Literal

MountsCreateBodyType = Literal["bind", "file", "volume"]

MOUNTS_CREATE_BODY_TYPE_VALUES: set[MountsCreateBodyType] = {
    "bind",
    "file",
    "volume",
}


def check_mounts_create_body_type(value: str) -> MountsCreateBodyType:
    if value in MOUNTS_CREATE_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOUNTS_CREATE_BODY_TYPE_VALUES!r}"
    )
