from typing import Literal

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
    if value in SETTINGS_UPDATE_TRAEFIK_PORTS_BODY_ADDITIONAL_PORTS_ITEM_PROTOCOL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SETTINGS_UPDATE_TRAEFIK_PORTS_BODY_ADDITIONAL_PORTS_ITEM_PROTOCOL_VALUES!r}"
    )
