from typing import Literal

SshKeyGenerateBodyType = Literal["ed25519", "rsa"]

SSH_KEY_GENERATE_BODY_TYPE_VALUES: set[SshKeyGenerateBodyType] = {
    "ed25519",
    "rsa",
}


def check_ssh_key_generate_body_type(value: str) -> SshKeyGenerateBodyType:
    if value in SSH_KEY_GENERATE_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SSH_KEY_GENERATE_BODY_TYPE_VALUES!r}"
    )
