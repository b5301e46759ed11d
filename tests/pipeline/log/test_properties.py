"""Property: any sequence of appends, rolls, retention passes and reopens keeps offsets dense and
monotonic and the data identical to a plain in-memory model of the log."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from millpond.config import LogConfig
from millpond.pipeline.log.embedded import EmbeddedLog
from millpond.pipeline.schema import logs_batch

ops = st.lists(
    st.one_of(
        st.tuples(st.just("append"), st.integers(0, 1), st.integers(1, 60)),
        st.tuples(st.just("reopen"), st.just(0), st.just(0)),
        st.tuples(st.just("tick"), st.just(0), st.integers(1, 5000)),
        st.tuples(st.just("retention"), st.just(0), st.just(0)),
    ),
    min_size=1,
    max_size=40,
)


class Clock:
    t = 1_700_000_000.0

    def __call__(self) -> float:
        return self.t


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops, codec=st.sampled_from(["none", "lz4", "zstd"]))
def test_offsets_dense_and_data_identical(ops, codec):
    clock = Clock()
    cfg = LogConfig(partitions=2, codec=codec, segment_bytes=2048, segment_age=1000, retention=3000,
                    index_interval_bytes=256)
    with tempfile.TemporaryDirectory() as d:
        root = Path(d) / "log"
        log = EmbeddedLog(root, cfg, clock=clock, retention_check=None)
        model: dict[int, list[tuple[int, str]]] = {0: [], 1: []}  # partition → [(offset, message)]
        start = {0: 0, 1: 0}
        serial = 0
        try:
            for op, p, n in ops:
                if op == "append":
                    msgs = [f"m{serial + i}" for i in range(n)]
                    serial += n
                    r = log.append("logs", p, logs_batch(message=msgs, ts=[clock.t] * n)).result()
                    expect_base = model[p][-1][0] + 1 if model[p] else start[p]
                    assert r.base_offset == expect_base  # dense and monotonic
                    model[p].extend((r.base_offset + i, m) for i, m in enumerate(msgs))
                elif op == "reopen":
                    log.close()
                    log = EmbeddedLog(root, cfg, clock=clock, retention_check=None)
                elif op == "tick":
                    clock.t += n
                else:
                    log.enforce_retention()
                for q in (0, 1):
                    s = log.start_offset("logs", q)
                    assert s >= start[q]
                    start[q] = s
                    model[q] = [(o, m) for o, m in model[q] if o >= s]
                    got, off = [], s
                    while True:
                        fbs = log.read("logs", q, off, max_records=37)
                        if not fbs:
                            break
                        for fb in fbs:
                            got.extend(zip(range(fb.base_offset, fb.next_offset), fb.batch.column("message").to_pylist()))
                        off = fbs[-1].next_offset
                    assert got == model[q]
                    assert log.end_offset("logs", q) == (model[q][-1][0] + 1 if model[q] else s)
        finally:
            log.close()
