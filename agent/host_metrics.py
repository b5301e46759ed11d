"""Host metrics with psutil, named the way node_exporter names them.

A sample is a block of InfluxDB line protocol (one ``value`` field per line,
so the appliance stores the measurement name as the metric name, tags as
labels, ``host`` as host) sent to the appliance's ``POST /write``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import psutil

Sample = tuple[str, dict[str, str], float]

_CPU_MODES = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")
_SKIP_FS = {"proc", "sysfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "squashfs", "overlay", "nsfs", "tracefs"}


def _cpu() -> Iterator[Sample]:
    for i, t in enumerate(psutil.cpu_times(percpu=True)):
        for mode in _CPU_MODES:
            if hasattr(t, mode):
                yield "node_cpu_seconds_total", {"cpu": str(i), "mode": mode}, float(getattr(t, mode))
    # busy fraction since the previous sample (psutil remembers the last call)
    yield "node_cpu_usage_ratio", {"cpu": "total"}, psutil.cpu_percent(interval=None) / 100.0
    for i, pct in enumerate(psutil.cpu_percent(interval=None, percpu=True)):
        yield "node_cpu_usage_ratio", {"cpu": str(i)}, pct / 100.0
    yield "node_cpu_count", {}, float(psutil.cpu_count() or 0)


def _load_memory() -> Iterator[Sample]:
    for name, v in zip(("node_load1", "node_load5", "node_load15"), psutil.getloadavg()):
        yield name, {}, float(v)
    vm = psutil.virtual_memory()
    for attr, name in (("total", "MemTotal"), ("available", "MemAvailable"), ("free", "MemFree"),
                       ("buffers", "Buffers"), ("cached", "Cached"), ("used", "MemUsed")):
        if hasattr(vm, attr):
            yield f"node_memory_{name}_bytes", {}, float(getattr(vm, attr))
    sw = psutil.swap_memory()
    yield "node_memory_SwapTotal_bytes", {}, float(sw.total)
    yield "node_memory_SwapFree_bytes", {}, float(sw.free)


def _disks() -> Iterator[Sample]:
    seen: set[str] = set()
    for part in psutil.disk_partitions(all=False):
        if part.fstype in _SKIP_FS or part.mountpoint in seen:
            continue
        seen.add(part.mountpoint)
        try:
            u = psutil.disk_usage(part.mountpoint)
        except OSError:
            continue
        labels = {"device": part.device, "mountpoint": part.mountpoint, "fstype": part.fstype}
        yield "node_filesystem_size_bytes", labels, float(u.total)
        yield "node_filesystem_free_bytes", labels, float(u.free)
        yield "node_filesystem_avail_bytes", labels, float(u.total - u.used)
    io = psutil.disk_io_counters(perdisk=True) or {}
    for dev, c in io.items():
        d = {"device": dev}
        yield "node_disk_reads_completed_total", d, float(c.read_count)
        yield "node_disk_writes_completed_total", d, float(c.write_count)
        yield "node_disk_read_bytes_total", d, float(c.read_bytes)
        yield "node_disk_written_bytes_total", d, float(c.write_bytes)
        if hasattr(c, "busy_time"):
            yield "node_disk_io_time_seconds_total", d, c.busy_time / 1000.0


def _network() -> Iterator[Sample]:
    for dev, c in (psutil.net_io_counters(pernic=True) or {}).items():
        d = {"device": dev}
        yield "node_network_receive_bytes_total", d, float(c.bytes_recv)
        yield "node_network_transmit_bytes_total", d, float(c.bytes_sent)
        yield "node_network_receive_packets_total", d, float(c.packets_recv)
        yield "node_network_transmit_packets_total", d, float(c.packets_sent)
        yield "node_network_receive_errs_total", d, float(c.errin)
        yield "node_network_transmit_errs_total", d, float(c.errout)
        yield "node_network_receive_drop_total", d, float(c.dropin)
        yield "node_network_transmit_drop_total", d, float(c.dropout)


def sample() -> list[Sample]:
    """Every host metric right now."""
    out: list[Sample] = []
    for part in (_cpu, _load_memory, _disks, _network):
        out.extend(part())
    out.append(("node_processes_total", {}, float(len(psutil.pids()))))
    out.append(("node_boot_time_seconds", {}, float(psutil.boot_time())))
    return out


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=").replace(" ", "\\ ")


def line_protocol(samples: list[Sample], host: str, ts_ns: int | None = None) -> bytes:
    """``samples`` as InfluxDB line protocol with a ``host`` tag, one timestamp for all."""
    ts = time.time_ns() if ts_ns is None else ts_ns
    h = _esc(host)
    lines = []
    for name, labels, value in samples:
        tags = "".join(f",{_esc(k)}={_esc(v)}" for k, v in sorted(labels.items()) if v)
        lines.append(f"{_esc(name)}{tags},host={h} value={value!r} {ts}")
    return ("\n".join(lines) + "\n").encode()
