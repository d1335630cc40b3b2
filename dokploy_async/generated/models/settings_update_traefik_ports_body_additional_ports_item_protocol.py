from typing import Literal, cast

SettingsUpdateTraefikPortsBodyAdditionalPortsItemProtocol = Literal["sctp", "tcp", "udp"]

SETTINGS_UPDATE_TRAEFIK_PORTS_BODY_ADDITIONAL_PORTS_ITEM_PROTOCOL_VALUES: set[
    SettingsUpdateTraefikPortsBodyAdditionalPortsItemProtocol
] = {
    "sctp",
    "tcp",
    "udp",
}


def check_settings_update_traefik_ports_body_additional_ports_item_protocol(
    value: str,
) -> SettingsUpdateTraefikPortsBodyAdditionalPortsItemProtocol:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SETTINGS_UPDATE_TRAEFIK_PORTS_BODY_ADDITIONAL_PORTS_ITEM_PROTOCOL_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(SettingsUpdateTraefikPortsBodyAdditionalPortsItemProtocol, value)
