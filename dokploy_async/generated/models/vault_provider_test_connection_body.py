from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vault_provider_test_connection_body_config_variant_1 import (
        VaultProviderTestConnectionBodyConfigVariant1,
    )
    from ..models.vault_provider_test_connection_body_config_variant_2 import (
        VaultProviderTestConnectionBodyConfigVariant2,
    )
    from ..models.vault_provider_test_connection_body_config_variant_3 import (
        VaultProviderTestConnectionBodyConfigVariant3,
    )
    from ..models.vault_provider_test_connection_body_config_variant_4 import (
        VaultProviderTestConnectionBodyConfigVariant4,
    )
    from ..models.vault_provider_test_connection_body_config_variant_5 import (
        VaultProviderTestConnectionBodyConfigVariant5,
    )
    from ..models.vault_provider_test_connection_body_config_variant_6 import (
        VaultProviderTestConnectionBodyConfigVariant6,
    )


T = TypeVar("T", bound="VaultProviderTestConnectionBody")


@_attrs_define
class VaultProviderTestConnectionBody:
    """
    Attributes:
        vault_provider_id (str | Unset):
        config (Unset | VaultProviderTestConnectionBodyConfigVariant1 | VaultProviderTestConnectionBodyConfigVariant2 |
            VaultProviderTestConnectionBodyConfigVariant3 | VaultProviderTestConnectionBodyConfigVariant4 |
            VaultProviderTestConnectionBodyConfigVariant5 | VaultProviderTestConnectionBodyConfigVariant6):
    """

    vault_provider_id: str | Unset = UNSET
    config: (
        Unset
        | VaultProviderTestConnectionBodyConfigVariant1
        | VaultProviderTestConnectionBodyConfigVariant2
        | VaultProviderTestConnectionBodyConfigVariant3
        | VaultProviderTestConnectionBodyConfigVariant4
        | VaultProviderTestConnectionBodyConfigVariant5
        | VaultProviderTestConnectionBodyConfigVariant6
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vault_provider_test_connection_body_config_variant_1 import (
            VaultProviderTestConnectionBodyConfigVariant1,  # noqa: PLC0415
        )
        from ..models.vault_provider_test_connection_body_config_variant_2 import (
            VaultProviderTestConnectionBodyConfigVariant2,  # noqa: PLC0415
        )
        from ..models.vault_provider_test_connection_body_config_variant_3 import (
            VaultProviderTestConnectionBodyConfigVariant3,  # noqa: PLC0415
        )
        from ..models.vault_provider_test_connection_body_config_variant_4 import (
            VaultProviderTestConnectionBodyConfigVariant4,  # noqa: PLC0415
        )
        from ..models.vault_provider_test_connection_body_config_variant_5 import (
            VaultProviderTestConnectionBodyConfigVariant5,  # noqa: PLC0415
        )

        vault_provider_id = self.vault_provider_id

        config: dict[str, Any] | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, VaultProviderTestConnectionBodyConfigVariant1):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderTestConnectionBodyConfigVariant2):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderTestConnectionBodyConfigVariant3):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderTestConnectionBodyConfigVariant4):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderTestConnectionBodyConfigVariant5):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vault_provider_id is not UNSET:
            field_dict["vaultProviderId"] = vault_provider_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vault_provider_test_connection_body_config_variant_1 import (
            VaultProviderTestConnectionBodyConfigVariant1,  # noqa: PLC0415
        )
        from ..models.vault_provider_test_connection_body_config_variant_2 import (
            VaultProviderTestConnectionBodyConfigVariant2,  # noqa: PLC0415
        )
        from ..models.vault_provider_test_connection_body_config_variant_3 import (
            VaultProviderTestConnectionBodyConfigVariant3,  # noqa: PLC0415
        )
        from ..models.vault_provider_test_connection_body_config_variant_4 import (
            VaultProviderTestConnectionBodyConfigVariant4,  # noqa: PLC0415
        )
        from ..models.vault_provider_test_connection_body_config_variant_5 import (
            VaultProviderTestConnectionBodyConfigVariant5,  # noqa: PLC0415
        )
        from ..models.vault_provider_test_connection_body_config_variant_6 import (
            VaultProviderTestConnectionBodyConfigVariant6,  # noqa: PLC0415
        )

        d = dict(src_dict)
        vault_provider_id = d.pop("vaultProviderId", UNSET)

        def _parse_config(
            data: object,
        ) -> (
            Unset
            | VaultProviderTestConnectionBodyConfigVariant1
            | VaultProviderTestConnectionBodyConfigVariant2
            | VaultProviderTestConnectionBodyConfigVariant3
            | VaultProviderTestConnectionBodyConfigVariant4
            | VaultProviderTestConnectionBodyConfigVariant5
            | VaultProviderTestConnectionBodyConfigVariant6
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_1 = VaultProviderTestConnectionBodyConfigVariant1.from_dict(
                    data
                )

                return config_config_variant_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_2 = VaultProviderTestConnectionBodyConfigVariant2.from_dict(
                    data
                )

                return config_config_variant_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_3 = VaultProviderTestConnectionBodyConfigVariant3.from_dict(
                    data
                )

                return config_config_variant_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_4 = VaultProviderTestConnectionBodyConfigVariant4.from_dict(
                    data
                )

                return config_config_variant_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_5 = VaultProviderTestConnectionBodyConfigVariant5.from_dict(
                    data
                )

                return config_config_variant_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_config_variant_6 = VaultProviderTestConnectionBodyConfigVariant6.from_dict(data)

            return config_config_variant_6

        config = _parse_config(d.pop("config", UNSET))

        vault_provider_test_connection_body = cls(
            vault_provider_id=vault_provider_id,
            config=config,
        )

        vault_provider_test_connection_body.additional_properties = d
        return vault_provider_test_connection_body

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
