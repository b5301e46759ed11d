"""Batches between the log and the worker's buffers: joining small ones, normalising them off the main thread.

The worker (:mod:`millpond.pipeline.worker`) polls many small batches (a
receiver appends a few hundred records at a time, keyed over the
partitions); normalising and mining cost a fixed amount per call, so runs of
one partition are joined first (:func:`coalesce`, also used by the query
service's tail reader) and a buffer's raw batches are normalised in one call
per schema (:func:`normalized`, run on the worker's mining threads).
"""

from __future__ import annotations

import concurrent.futures as cf
from collections.abc import Callable
from typing import Any

import pyarrow as pa

from millpond.pipeline.log.base import FetchedBatch
from millpond.pipeline.normalize import Miner, normalize


def done(fn: Callable[..., Any], *args: object) -> cf.Future[Any]:
    """``fn(*args)`` run now, as a finished future (the paths without writer or mining threads)."""
    fu: cf.Future[Any] = cf.Future()
    try:
        fu.set_result(fn(*args))
    except BaseException as e:  # noqa: BLE001 — handed to _land, which raises it
        fu.set_exception(e)
    return fu


def normalized(topic: str, raw: list[pa.RecordBatch], miner: Miner | None) -> tuple[list[pa.RecordBatch], int]:
    """``raw`` normalised (and mined by ``miner``, which nothing else uses meanwhile), and the rows dropped."""
    out, dropped = [], 0
    for run in schema_runs(raw):
        batch = run[0] if len(run) == 1 else pa.concat_batches(run)
        norm = normalize(topic, batch, miner=miner)
        dropped += batch.num_rows - norm.num_rows
        out.append(norm)
    return out, dropped


def schema_runs(batches: list[pa.RecordBatch]) -> list[list[pa.RecordBatch]]:
    """Consecutive batches with one schema, as runs (``pa.concat_batches`` needs one schema)."""
    runs: list[list[pa.RecordBatch]] = []
    for b in batches:
        if runs and runs[-1][-1].schema.equals(b.schema, check_metadata=True):
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


JOIN_BELOW = 16_384
"""Rows under which polled batches of one partition are joined before normalising (see :func:`coalesce`)."""


def coalesce(batches: list[FetchedBatch]) -> list[FetchedBatch]:
    """Runs of one partition's batches with contiguous offsets and one schema, as one batch each.

    Normalising and mining cost a fixed ~1 ms per call (pyarrow compiles each
    RE2 pattern per call), and receivers append small batches (a 2,000-record
    forward chunk keyed over 4 partitions is ~500 per batch): masking 500-line
    batches measured 9.8 µs a line, 100k-line batches 2.2 µs. Order within a
    partition is kept; offsets are unchanged (``base_offset`` of the run's first).
    Batches of :data:`JOIN_BELOW` rows or more stay alone: joining copies
    (~0.15 µs a row), which then costs more than the per-call overhead saved.
    """
    runs: dict[tuple[str, int], list[list[FetchedBatch]]] = {}
    for fb in batches:
        if fb.batch.num_rows == 0:
            continue
        tp_runs = runs.setdefault((fb.topic, fb.partition), [])
        last = tp_runs[-1][-1] if tp_runs else None
        if (fb.batch.num_rows < JOIN_BELOW and last is not None and last.batch.num_rows < JOIN_BELOW
                and last.next_offset == fb.base_offset and last.batch.schema.equals(fb.batch.schema,
                                                                                    check_metadata=True)):
            tp_runs[-1].append(fb)
        else:
            tp_runs.append([fb])
    out: list[FetchedBatch] = []
    for tp_runs in runs.values():
        for run in tp_runs:
            if len(run) == 1:
                out.append(run[0])
            else:
                first = run[0]
                out.append(FetchedBatch(first.topic, first.partition, first.base_offset,
                                        pa.concat_batches([f.batch for f in run])))
    return out
