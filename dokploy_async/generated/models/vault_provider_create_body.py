from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vault_provider_create_body_assignments_item import (
        VaultProviderCreateBodyAssignmentsItem,
    )
    from ..models.vault_provider_create_body_config_variant_1 import (
        VaultProviderCreateBodyConfigVariant1,
    )
    from ..models.vault_provider_create_body_config_variant_2 import (
        VaultProviderCreateBodyConfigVariant2,
    )
    from ..models.vault_provider_create_body_config_variant_3 import (
        VaultProviderCreateBodyConfigVariant3,
    )
    from ..models.vault_provider_create_body_config_variant_4 import (
        VaultProviderCreateBodyConfigVariant4,
    )
    from ..models.vault_provider_create_body_config_variant_5 import (
        VaultProviderCreateBodyConfigVariant5,
    )
    from ..models.vault_provider_create_body_config_variant_6 import (
        VaultProviderCreateBodyConfigVariant6,
    )


T = TypeVar("T", bound="VaultProviderCreateBody")


@_attrs_define
class VaultProviderCreateBody:
    """
    Attributes:
        name (str):
        config (VaultProviderCreateBodyConfigVariant1 | VaultProviderCreateBodyConfigVariant2 |
            VaultProviderCreateBodyConfigVariant3 | VaultProviderCreateBodyConfigVariant4 |
            VaultProviderCreateBodyConfigVariant5 | VaultProviderCreateBodyConfigVariant6):
        assignments (list[VaultProviderCreateBodyAssignmentsItem]):
    """

    name: str
    config: (
        VaultProviderCreateBodyConfigVariant1
        | VaultProviderCreateBodyConfigVariant2
        | VaultProviderCreateBodyConfigVariant3
        | VaultProviderCreateBodyConfigVariant4
        | VaultProviderCreateBodyConfigVariant5
        | VaultProviderCreateBodyConfigVariant6
    )
    assignments: list[VaultProviderCreateBodyAssignmentsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vault_provider_create_body_config_variant_1 import (
            VaultProviderCreateBodyConfigVariant1,  # noqa: PLC0415
        )
        from ..models.vault_provider_create_body_config_variant_2 import (
            VaultProviderCreateBodyConfigVariant2,  # noqa: PLC0415
        )
        from ..models.vault_provider_create_body_config_variant_3 import (
            VaultProviderCreateBodyConfigVariant3,  # noqa: PLC0415
        )
        from ..models.vault_provider_create_body_config_variant_4 import (
            VaultProviderCreateBodyConfigVariant4,  # noqa: PLC0415
        )
        from ..models.vault_provider_create_body_config_variant_5 import (
            VaultProviderCreateBodyConfigVariant5,  # noqa: PLC0415
        )

        name = self.name

        config: dict[str, Any]
        if isinstance(self.config, VaultProviderCreateBodyConfigVariant1):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderCreateBodyConfigVariant2):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderCreateBodyConfigVariant3):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderCreateBodyConfigVariant4):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderCreateBodyConfigVariant5):
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
                "name": name,
                "config": config,
                "assignments": assignments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vault_provider_create_body_assignments_item import (
            VaultProviderCreateBodyAssignmentsItem,  # noqa: PLC0415
        )
        from ..models.vault_provider_create_body_config_variant_1 import (
            VaultProviderCreateBodyConfigVariant1,  # noqa: PLC0415
        )
        from ..models.vault_provider_create_body_config_variant_2 import (
            VaultProviderCreateBodyConfigVariant2,  # noqa: PLC0415
        )
        from ..models.vault_provider_create_body_config_variant_3 import (
            VaultProviderCreateBodyConfigVariant3,  # noqa: PLC0415
        )
        from ..models.vault_provider_create_body_config_variant_4 import (
            VaultProviderCreateBodyConfigVariant4,  # noqa: PLC0415
        )
        from ..models.vault_provider_create_body_config_variant_5 import (
            VaultProviderCreateBodyConfigVariant5,  # noqa: PLC0415
        )
        from ..models.vault_provider_create_body_config_variant_6 import (
            VaultProviderCreateBodyConfigVariant6,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_config(
            data: object,
        ) -> (
            VaultProviderCreateBodyConfigVariant1
            | VaultProviderCreateBodyConfigVariant2
            | VaultProviderCreateBodyConfigVariant3
            | VaultProviderCreateBodyConfigVariant4
            | VaultProviderCreateBodyConfigVariant5
            | VaultProviderCreateBodyConfigVariant6
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_1 = VaultProviderCreateBodyConfigVariant1.from_dict(data)

                return config_config_variant_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_2 = VaultProviderCreateBodyConfigVariant2.from_dict(data)

                return config_config_variant_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_3 = VaultProviderCreateBodyConfigVariant3.from_dict(data)

                return config_config_variant_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_4 = VaultProviderCreateBodyConfigVariant4.from_dict(data)

                return config_config_variant_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_config_variant_5 = VaultProviderCreateBodyConfigVariant5.from_dict(data)

                return config_config_variant_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_config_variant_6 = VaultProviderCreateBodyConfigVariant6.from_dict(data)

            return config_config_variant_6

        config = _parse_config(d.pop("config"))

        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = VaultProviderCreateBodyAssignmentsItem.from_dict(
                assignments_item_data
            )

            assignments.append(assignments_item)

        vault_provider_create_body = cls(
            name=name,
            config=config,
            assignments=assignments,
        )

        vault_provider_create_body.additional_properties = d
        return vault_provider_create_body

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
