from typing import Literal, cast

SshKeyGenerateBodyType = Literal["ed25519", "rsa"]

SSH_KEY_GENERATE_BODY_TYPE_VALUES: set[SshKeyGenerateBodyType] = {
    "ed25519",
    "rsa",
}


def check_ssh_key_generate_body_type(value: str) -> SshKeyGenerateBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SSH_KEY_GENERATE_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(SshKeyGenerateBodyType, value)
