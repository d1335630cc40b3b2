from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsCheckGPUStatusResult")


@_attrs_define
class SettingsCheckGPUStatusResult:
    """
    Attributes:
        available_gp_us (float):
        driver_installed (bool):
        gpu_resources (float):
        runtime_configured (bool):
        runtime_installed (bool):
        swarm_enabled (bool):
        cuda_support (None | Unset):
        cuda_version (None | Unset):
        driver_version (None | Unset):
        gpu_model (None | Unset):
        memory_info (None | Unset):
    """

    available_gp_us: float
    driver_installed: bool
    gpu_resources: float
    runtime_configured: bool
    runtime_installed: bool
    swarm_enabled: bool
    cuda_support: None | Unset = UNSET
    cuda_version: None | Unset = UNSET
    driver_version: None | Unset = UNSET
    gpu_model: None | Unset = UNSET
    memory_info: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_gp_us = self.available_gp_us

        driver_installed = self.driver_installed

        gpu_resources = self.gpu_resources

        runtime_configured = self.runtime_configured

        runtime_installed = self.runtime_installed

        swarm_enabled = self.swarm_enabled

        cuda_support = self.cuda_support

        cuda_version = self.cuda_version

        driver_version = self.driver_version

        gpu_model = self.gpu_model

        memory_info = self.memory_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availableGPUs": available_gp_us,
                "driverInstalled": driver_installed,
                "gpuResources": gpu_resources,
                "runtimeConfigured": runtime_configured,
                "runtimeInstalled": runtime_installed,
                "swarmEnabled": swarm_enabled,
            }
        )
        if cuda_support is not UNSET:
            field_dict["cudaSupport"] = cuda_support
        if cuda_version is not UNSET:
            field_dict["cudaVersion"] = cuda_version
        if driver_version is not UNSET:
            field_dict["driverVersion"] = driver_version
        if gpu_model is not UNSET:
            field_dict["gpuModel"] = gpu_model
        if memory_info is not UNSET:
            field_dict["memoryInfo"] = memory_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_gp_us = d.pop("availableGPUs")

        driver_installed = d.pop("driverInstalled")

        gpu_resources = d.pop("gpuResources")

        runtime_configured = d.pop("runtimeConfigured")

        runtime_installed = d.pop("runtimeInstalled")

        swarm_enabled = d.pop("swarmEnabled")

        cuda_support = d.pop("cudaSupport", UNSET)

        cuda_version = d.pop("cudaVersion", UNSET)

        driver_version = d.pop("driverVersion", UNSET)

        gpu_model = d.pop("gpuModel", UNSET)

        memory_info = d.pop("memoryInfo", UNSET)

        settings_check_gpu_status_result = cls(
            available_gp_us=available_gp_us,
            driver_installed=driver_installed,
            gpu_resources=gpu_resources,
            runtime_configured=runtime_configured,
            runtime_installed=runtime_installed,
            swarm_enabled=swarm_enabled,
            cuda_support=cuda_support,
            cuda_version=cuda_version,
            driver_version=driver_version,
            gpu_model=gpu_model,
            memory_info=memory_info,
        )

        settings_check_gpu_status_result.additional_properties = d
        return settings_check_gpu_status_result

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
