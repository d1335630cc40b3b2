from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GPUInfo")


@_attrs_define
class GPUInfo:
    """
    Attributes:
        available_gp_us (float):
        cuda_support (bool):
        driver_installed (bool):
        gpu_resources (float):
        runtime_configured (bool):
        runtime_installed (bool):
        swarm_enabled (bool):
        cuda_version (str | Unset):
        driver_version (str | Unset):
        gpu_model (str | Unset):
        memory_info (str | Unset):
    """

    available_gp_us: float
    cuda_support: bool
    driver_installed: bool
    gpu_resources: float
    runtime_configured: bool
    runtime_installed: bool
    swarm_enabled: bool
    cuda_version: str | Unset = UNSET
    driver_version: str | Unset = UNSET
    gpu_model: str | Unset = UNSET
    memory_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_gp_us = self.available_gp_us

        cuda_support = self.cuda_support

        driver_installed = self.driver_installed

        gpu_resources = self.gpu_resources

        runtime_configured = self.runtime_configured

        runtime_installed = self.runtime_installed

        swarm_enabled = self.swarm_enabled

        cuda_version = self.cuda_version

        driver_version = self.driver_version

        gpu_model = self.gpu_model

        memory_info = self.memory_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availableGPUs": available_gp_us,
                "cudaSupport": cuda_support,
                "driverInstalled": driver_installed,
                "gpuResources": gpu_resources,
                "runtimeConfigured": runtime_configured,
                "runtimeInstalled": runtime_installed,
                "swarmEnabled": swarm_enabled,
            }
        )
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

        cuda_support = d.pop("cudaSupport")

        driver_installed = d.pop("driverInstalled")

        gpu_resources = d.pop("gpuResources")

        runtime_configured = d.pop("runtimeConfigured")

        runtime_installed = d.pop("runtimeInstalled")

        swarm_enabled = d.pop("swarmEnabled")

        cuda_version = d.pop("cudaVersion", UNSET)

        driver_version = d.pop("driverVersion", UNSET)

        gpu_model = d.pop("gpuModel", UNSET)

        memory_info = d.pop("memoryInfo", UNSET)

        gpu_info = cls(
            available_gp_us=available_gp_us,
            cuda_support=cuda_support,
            driver_installed=driver_installed,
            gpu_resources=gpu_resources,
            runtime_configured=runtime_configured,
            runtime_installed=runtime_installed,
            swarm_enabled=swarm_enabled,
            cuda_version=cuda_version,
            driver_version=driver_version,
            gpu_model=gpu_model,
            memory_info=memory_info,
        )

        gpu_info.additional_properties = d
        return gpu_info

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
