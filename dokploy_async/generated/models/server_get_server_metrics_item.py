from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerGetServerMetricsItem")


@_attrs_define
class ServerGetServerMetricsItem:
    """
    Attributes:
        arch (str):
        cpu (str):
        cpu_cores (float):
        cpu_model (str):
        cpu_physical_cores (float):
        cpu_speed (float):
        disk_used (str):
        distro (str):
        kernel (str):
        mem_total (str):
        mem_used (str):
        mem_used_gb (str):
        network_in (str):
        network_out (str):
        os (str):
        timestamp (str):
        total_disk (str):
        uptime (float):
    """

    arch: str
    cpu: str
    cpu_cores: float
    cpu_model: str
    cpu_physical_cores: float
    cpu_speed: float
    disk_used: str
    distro: str
    kernel: str
    mem_total: str
    mem_used: str
    mem_used_gb: str
    network_in: str
    network_out: str
    os: str
    timestamp: str
    total_disk: str
    uptime: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arch = self.arch

        cpu = self.cpu

        cpu_cores = self.cpu_cores

        cpu_model = self.cpu_model

        cpu_physical_cores = self.cpu_physical_cores

        cpu_speed = self.cpu_speed

        disk_used = self.disk_used

        distro = self.distro

        kernel = self.kernel

        mem_total = self.mem_total

        mem_used = self.mem_used

        mem_used_gb = self.mem_used_gb

        network_in = self.network_in

        network_out = self.network_out

        os = self.os

        timestamp = self.timestamp

        total_disk = self.total_disk

        uptime = self.uptime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arch": arch,
                "cpu": cpu,
                "cpuCores": cpu_cores,
                "cpuModel": cpu_model,
                "cpuPhysicalCores": cpu_physical_cores,
                "cpuSpeed": cpu_speed,
                "diskUsed": disk_used,
                "distro": distro,
                "kernel": kernel,
                "memTotal": mem_total,
                "memUsed": mem_used,
                "memUsedGB": mem_used_gb,
                "networkIn": network_in,
                "networkOut": network_out,
                "os": os,
                "timestamp": timestamp,
                "totalDisk": total_disk,
                "uptime": uptime,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arch = d.pop("arch")

        cpu = d.pop("cpu")

        cpu_cores = d.pop("cpuCores")

        cpu_model = d.pop("cpuModel")

        cpu_physical_cores = d.pop("cpuPhysicalCores")

        cpu_speed = d.pop("cpuSpeed")

        disk_used = d.pop("diskUsed")

        distro = d.pop("distro")

        kernel = d.pop("kernel")

        mem_total = d.pop("memTotal")

        mem_used = d.pop("memUsed")

        mem_used_gb = d.pop("memUsedGB")

        network_in = d.pop("networkIn")

        network_out = d.pop("networkOut")

        os = d.pop("os")

        timestamp = d.pop("timestamp")

        total_disk = d.pop("totalDisk")

        uptime = d.pop("uptime")

        server_get_server_metrics_item = cls(
            arch=arch,
            cpu=cpu,
            cpu_cores=cpu_cores,
            cpu_model=cpu_model,
            cpu_physical_cores=cpu_physical_cores,
            cpu_speed=cpu_speed,
            disk_used=disk_used,
            distro=distro,
            kernel=kernel,
            mem_total=mem_total,
            mem_used=mem_used,
            mem_used_gb=mem_used_gb,
            network_in=network_in,
            network_out=network_out,
            os=os,
            timestamp=timestamp,
            total_disk=total_disk,
            uptime=uptime,
        )

        server_get_server_metrics_item.additional_properties = d
        return server_get_server_metrics_item

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
