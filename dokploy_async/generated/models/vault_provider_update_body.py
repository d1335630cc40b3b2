from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vault_provider_update_body_assignments_item import (
        VaultProviderUpdateBodyAssignmentsItem,
    )
    from ..models.vault_provider_update_body_config_variant_1 import (
        VaultProviderUpdateBodyConfigVariant1,
    )
    from ..models.vault_provider_update_body_config_variant_2 import (
        VaultProviderUpdateBodyConfigVariant2,
    )
    from ..models.vault_provider_update_body_config_variant_3 import (
        VaultProviderUpdateBodyConfigVariant3,
    )
    from ..models.vault_provider_update_body_config_variant_4 import (
        VaultProviderUpdateBodyConfigVariant4,
    )
    from ..models.vault_provider_update_body_config_variant_5 import (
        VaultProviderUpdateBodyConfigVariant5,
    )
    from ..models.vault_provider_update_body_config_variant_6 import (
        VaultProviderUpdateBodyConfigVariant6,
    )


T = TypeVar("T", bound="VaultProviderUpdateBody")


@_attrs_define
class VaultProviderUpdateBody:
    """
    Attributes:
        vault_provider_id (str):
        name (str):
        config (VaultProviderUpdateBodyConfigVariant1 | VaultProviderUpdateBodyConfigVariant2 |
            VaultProviderUpdateBodyConfigVariant3 | VaultProviderUpdateBodyConfigVariant4 |
            VaultProviderUpdateBodyConfigVariant5 | VaultProviderUpdateBodyConfigVariant6):
        assignments (list[VaultProviderUpdateBodyAssignmentsItem]):
    """

    vault_provider_id: str
    name: str
    config: (
        VaultProviderUpdateBodyConfigVariant1
        | VaultProviderUpdateBodyConfigVariant2
        | VaultProviderUpdateBodyConfigVariant3
        | VaultProviderUpdateBodyConfigVariant4
        | VaultProviderUpdateBodyConfigVariant5
        | VaultProviderUpdateBodyConfigVariant6
    )
    assignments: list[VaultProviderUpdateBodyAssignmentsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vault_provider_update_body_config_variant_1 import (
            VaultProviderUpdateBodyConfigVariant1,  # noqa: PLC0415
        )
        from ..models.vault_provider_update_body_config_variant_2 import (
            VaultProviderUpdateBodyConfigVariant2,  # noqa: PLC0415
        )
        from ..models.vault_provider_update_body_config_variant_3 import (
            VaultProviderUpdateBodyConfigVariant3,  # noqa: PLC0415
        )
        from ..models.vault_provider_update_body_config_variant_4 import (
            VaultProviderUpdateBodyConfigVariant4,  # noqa: PLC0415
        )
        from ..models.vault_provider_update_body_config_variant_5 import (
            VaultProviderUpdateBodyConfigVariant5,  # noqa: PLC0415
        )

        vault_provider_id = self.vault_provider_id

        name = self.name

        config: dict[str, Any]
        if isinstance(self.config, VaultProviderUpdateBodyConfigVariant1):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderUpdateBodyConfigVariant2):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderUpdateBodyConfigVariant3):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderUpdateBodyConfigVariant4):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderUpdateBodyConfigVariant5):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vaultProviderId": vault_provider_id,
                "name": name,
                "config": config,
                "assignments": assignments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vault_provider_update_body_assignments_item import (
            VaultProviderUpdateBodyAssignmentsItem,  # noqa: PLC0415
        )
        from ..models.vault_provider_update_body_config_variant_1 import (
            VaultProviderUpdateBodyConfigVariant1,  # noqa: PLC0415
        )
        from ..models.vault_provider_update_body_config_variant_2 import (
            VaultProviderUpdateBodyConfigVariant2,  # noqa: PLC0415
        )
        from ..models.vault_provider_update_body_config_variant_3 import (
            VaultProviderUpdateBodyConfigVariant3,  # noqa: PLC0415
        )
        from ..models.vault_provider_update_body_config_variant_4 import (
            VaultProviderUpdateBodyConfigVariant4,  # noqa: PLC0415
        )
        from ..models.vault_provider_update_body_config_variant_5 import (
            VaultProviderUpdateBodyConfigVariant5,  # noqa: PLC0415
        )
        from ..models.vault_provider_update_body_config_variant_6 import (
            VaultProviderUpdateBodyConfigVariant6,  # noqa: PLC0415
        )

        d = dict(src_dict)
        vault_provider_id = d.pop("vaultProviderId")

        name = d.pop("name")

        def _parse_config(
            data: object,
        ) -> (
            VaultProviderUpdateBodyConfigVariant1
            | VaultProviderUpdateBodyConfigVariant2
            | VaultProviderUpdateBodyConfigVariant3
            | VaultProviderUpdateBodyConfigVariant4
            | VaultProviderUpdateBodyConfigVariant5
            | VaultProviderUpdateBodyConfigVariant6
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_1 = VaultProviderUpdateBodyConfigVariant1.from_dict(data)

                return config_config_variant_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_2 = VaultProviderUpdateBodyConfigVariant2.from_dict(data)

                return config_config_variant_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_3 = VaultProviderUpdateBodyConfigVariant3.from_dict(data)

                return config_config_variant_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_4 = VaultProviderUpdateBodyConfigVariant4.from_dict(data)

                return config_config_variant_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_5 = VaultProviderUpdateBodyConfigVariant5.from_dict(data)

                return config_config_variant_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_config_variant_6 = VaultProviderUpdateBodyConfigVariant6.from_dict(data)

            return config_config_variant_6

        config = _parse_config(d.pop("config"))

        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = VaultProviderUpdateBodyAssignmentsItem.from_dict(
                assignments_item_data
            )

            assignments.append(assignments_item)

        vault_provider_update_body = cls(
            vault_provider_id=vault_provider_id,
            name=name,
            config=config,
            assignments=assignments,
        )

        vault_provider_update_body.additional_properties = d
        return vault_provider_update_body

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
