from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_provider_provider_type import (
    VaultProviderProviderType,
    check_vault_provider_provider_type,
)

if TYPE_CHECKING:
    from ..models.vault_provider_assignments_item import VaultProviderAssignmentsItem
    from ..models.vault_provider_config_type_0 import VaultProviderConfigType0
    from ..models.vault_provider_config_type_1 import VaultProviderConfigType1
    from ..models.vault_provider_config_type_2 import VaultProviderConfigType2
    from ..models.vault_provider_config_type_3 import VaultProviderConfigType3
    from ..models.vault_provider_config_type_4 import VaultProviderConfigType4
    from ..models.vault_provider_config_type_5 import VaultProviderConfigType5


T = TypeVar("T", bound="VaultProvider")


@_attrs_define
class VaultProvider:
    """A record of Dokploy's `vaultProvider` table.

    Attributes:
        assignments (list[VaultProviderAssignmentsItem]):
        config (VaultProviderConfigType0 | VaultProviderConfigType1 | VaultProviderConfigType2 |
            VaultProviderConfigType3 | VaultProviderConfigType4 | VaultProviderConfigType5):
        created_at (str):
        name (str):
        organization_id (str):
        provider_type (VaultProviderProviderType):
        vault_provider_id (str):
    """

    assignments: list[VaultProviderAssignmentsItem]
    config: (
        VaultProviderConfigType0
        | VaultProviderConfigType1
        | VaultProviderConfigType2
        | VaultProviderConfigType3
        | VaultProviderConfigType4
        | VaultProviderConfigType5
    )
    created_at: str
    name: str
    organization_id: str
    provider_type: VaultProviderProviderType
    vault_provider_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vault_provider_config_type_0 import VaultProviderConfigType0  # noqa: PLC0415
        from ..models.vault_provider_config_type_1 import VaultProviderConfigType1  # noqa: PLC0415
        from ..models.vault_provider_config_type_2 import VaultProviderConfigType2  # noqa: PLC0415
        from ..models.vault_provider_config_type_3 import VaultProviderConfigType3  # noqa: PLC0415
        from ..models.vault_provider_config_type_4 import VaultProviderConfigType4  # noqa: PLC0415

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        config: dict[str, Any]
        if isinstance(self.config, VaultProviderConfigType0):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderConfigType1):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderConfigType2):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderConfigType3):
            config = self.config.to_dict()
        elif isinstance(self.config, VaultProviderConfigType4):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        created_at = self.created_at

        name = self.name

        organization_id = self.organization_id

        provider_type: str = self.provider_type

        vault_provider_id = self.vault_provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignments": assignments,
                "config": config,
                "createdAt": created_at,
                "name": name,
                "organizationId": organization_id,
                "providerType": provider_type,
                "vaultProviderId": vault_provider_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vault_provider_assignments_item import VaultProviderAssignmentsItem  # noqa: PLC0415
        from ..models.vault_provider_config_type_0 import VaultProviderConfigType0  # noqa: PLC0415
        from ..models.vault_provider_config_type_1 import VaultProviderConfigType1  # noqa: PLC0415
        from ..models.vault_provider_config_type_2 import VaultProviderConfigType2  # noqa: PLC0415
        from ..models.vault_provider_config_type_3 import VaultProviderConfigType3  # noqa: PLC0415
        from ..models.vault_provider_config_type_4 import VaultProviderConfigType4  # noqa: PLC0415
        from ..models.vault_provider_config_type_5 import VaultProviderConfigType5  # noqa: PLC0415

        d = dict(src_dict)
        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = VaultProviderAssignmentsItem.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        def _parse_config(
            data: object,
        ) -> (
            VaultProviderConfigType0
            | VaultProviderConfigType1
            | VaultProviderConfigType2
            | VaultProviderConfigType3
            | VaultProviderConfigType4
            | VaultProviderConfigType5
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = VaultProviderConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_1 = VaultProviderConfigType1.from_dict(data)

                return config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_2 = VaultProviderConfigType2.from_dict(data)

                return config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_3 = VaultProviderConfigType3.from_dict(data)

                return config_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_4 = VaultProviderConfigType4.from_dict(data)

                return config_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_type_5 = VaultProviderConfigType5.from_dict(data)

            return config_type_5

        config = _parse_config(d.pop("config"))

        created_at = d.pop("createdAt")

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        provider_type = check_vault_provider_provider_type(d.pop("providerType"))

        vault_provider_id = d.pop("vaultProviderId")

        vault_provider = cls(
            assignments=assignments,
            config=config,
            created_at=created_at,
            name=name,
            organization_id=organization_id,
            provider_type=provider_type,
            vault_provider_id=vault_provider_id,
        )

        vault_provider.additional_properties = d
        return vault_provider

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
