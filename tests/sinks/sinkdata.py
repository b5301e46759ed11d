"""Builders shared by the sink tests: configs on temp dirs, log and metric batches."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pyarrow as pa

from millpond.config import Config, build_config
from millpond.pipeline.schema import logs_batch, metrics_batch

HOUR_US = 3_600_000_000
T0_US = (time.time_ns() // 1000 // HOUR_US - 3) * HOUR_US  # an hour boundary three hours ago


def make_cfg(data_dir: Path, **sections: dict) -> Config:
    tree: dict = {"data_dir": str(data_dir), "log": {"partitions": 2}}
    for k, v in sections.items():
        tree.setdefault(k, {}).update(v)
    return build_config(tree)


def logs(n: int, *, start_id: int = 0, t0_us: int = T0_US, step_us: int = 1_000_000, services: int = 3) -> pa.RecordBatch:
    """``n`` log lines; message ``"req <id> done"`` and attribute ``id`` carry a unique id."""
    ids = np.arange(start_id, start_id + n)
    return logs_batch(
        message=pa.array([f"req {i} done" for i in ids]),
        ts=pa.array(t0_us + ids * step_us, pa.int64()).cast(pa.timestamp("us", tz="UTC")),
        host=[f"h{i % 5}" for i in ids],
        service=[f"svc{i % services}" for i in ids],
        severity=["warn" if i % 4 == 0 else "info" for i in ids],
        attributes=[{"id": str(i)} for i in ids],
        source="test",
    )


def metrics(n: int, *, start_id: int = 0, t0_us: int = T0_US, step_us: int = 1_000_000, series: int = 4) -> pa.RecordBatch:
    """``n`` samples of ``series`` series; value = id, label ``id`` unique per sample is NOT set (series stay few)."""
    ids = np.arange(start_id, start_id + n)
    return metrics_batch(
        name=[f"m{i % 2}" for i in ids],
        value=ids.astype(float),
        ts=pa.array(t0_us + ids * step_us, pa.int64()).cast(pa.timestamp("us", tz="UTC")),
        labels=[{"dev": f"d{i % series}", "a": "x"} for i in ids],
        host=[f"h{i % series}" for i in ids],
        source="test",
    )
