from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.server_security_result_fail_2_ban import ServerSecurityResultFail2Ban
    from ..models.server_security_result_non_root_user import ServerSecurityResultNonRootUser
    from ..models.server_security_result_ssh import ServerSecurityResultSsh
    from ..models.server_security_result_ufw import ServerSecurityResultUfw
    from ..models.server_security_result_unattended_upgrades import (
        ServerSecurityResultUnattendedUpgrades,
    )


T = TypeVar("T", bound="ServerSecurityResult")


@_attrs_define
class ServerSecurityResult:
    """
    Attributes:
        fail2ban (ServerSecurityResultFail2Ban):
        non_root_user (ServerSecurityResultNonRootUser):
        ssh (ServerSecurityResultSsh):
        ufw (ServerSecurityResultUfw):
        unattended_upgrades (ServerSecurityResultUnattendedUpgrades):
    """

    fail2ban: ServerSecurityResultFail2Ban
    non_root_user: ServerSecurityResultNonRootUser
    ssh: ServerSecurityResultSsh
    ufw: ServerSecurityResultUfw
    unattended_upgrades: ServerSecurityResultUnattendedUpgrades
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fail2ban = self.fail2ban.to_dict()

        non_root_user = self.non_root_user.to_dict()

        ssh = self.ssh.to_dict()

        ufw = self.ufw.to_dict()

        unattended_upgrades = self.unattended_upgrades.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fail2ban": fail2ban,
                "nonRootUser": non_root_user,
                "ssh": ssh,
                "ufw": ufw,
                "unattendedUpgrades": unattended_upgrades,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_security_result_fail_2_ban import ServerSecurityResultFail2Ban  # noqa: PLC0415
        from ..models.server_security_result_non_root_user import ServerSecurityResultNonRootUser  # noqa: PLC0415
        from ..models.server_security_result_ssh import ServerSecurityResultSsh  # noqa: PLC0415
        from ..models.server_security_result_ufw import ServerSecurityResultUfw  # noqa: PLC0415
        from ..models.server_security_result_unattended_upgrades import (
            ServerSecurityResultUnattendedUpgrades,  # noqa: PLC0415
        )

        d = dict(src_dict)
        fail2ban = ServerSecurityResultFail2Ban.from_dict(d.pop("fail2ban"))

        non_root_user = ServerSecurityResultNonRootUser.from_dict(d.pop("nonRootUser"))

        ssh = ServerSecurityResultSsh.from_dict(d.pop("ssh"))

        ufw = ServerSecurityResultUfw.from_dict(d.pop("ufw"))

        unattended_upgrades = ServerSecurityResultUnattendedUpgrades.from_dict(
            d.pop("unattendedUpgrades")
        )

        server_security_result = cls(
            fail2ban=fail2ban,
            non_root_user=non_root_user,
            ssh=ssh,
            ufw=ufw,
            unattended_upgrades=unattended_upgrades,
        )

        server_security_result.additional_properties = d
        return server_security_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
