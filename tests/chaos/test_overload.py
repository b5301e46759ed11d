"""Overload: more clients than a small ``[ingest] max_pending`` lets through.

Clients must see backpressure (HTTP 429/503 with Retry-After, forward acks
withheld), ingest memory must stay bounded, and every acknowledged record
must reach the archive.
"""

from __future__ import annotations

from pathlib import Path

from chaoskit import Appliance, Client, RssPeak, ForwardClient, HttpClient, JsonLogsClient, LineProtocolClient, poll, verdict

MAX_PENDING = 512 * 1024
RSS_BOUND = 160 * 2**20  # growth allowed over the warmed-up ingest process: a few bodies per connection


def test_overload_pushes_back_with_bounded_memory_and_no_acked_loss(tmp_path: Path) -> None:
    """12 clients with 2,000-record batches against max_pending 512 KiB: 429s, bounded RSS, nothing acked lost."""
    app = Appliance(tmp_path, env={"MILLPOND_INGEST_MAX_PENDING": str(MAX_PENDING)})
    app.start()
    warm = JsonLogsClient(app, batch=500)
    warm.start()
    poll(lambda: len(warm.tally.acked) >= 5000, 30, what="warm-up")
    warm.stop()
    assert app.proc is not None
    rss = RssPeak(app.proc.pid)
    cs: list[Client] = [*(JsonLogsClient(app, batch=2000) for _ in range(6)),
                        *(LineProtocolClient(app, batch=2000) for _ in range(3)),
                        *(ForwardClient(app, batch=2000) for _ in range(3))]
    for c in cs:
        c.start()
    http_clients = [c for c in cs if isinstance(c, HttpClient)]
    try:
        poll(lambda: sum(c.statuses[429] + c.statuses[503] for c in http_clients) >= 20, 30,
             what="HTTP clients pushed back (429/503)")
        base = [len(c.tally.acked) for c in cs]
        poll(lambda: sum(len(c.tally.acked) for c in cs) > sum(base) + 20_000, 30, what="progress under overload")
    finally:
        grew = rss.stop()
        for c in cs:
            c.halt.set()
    tallies = [c.stop() for c in cs]
    pushed = sum(c.statuses[429] + c.statuses[503] for c in http_clients)
    with_retry_after = sum(c.retry_after_seen for c in http_clients)
    assert with_retry_after == pushed, "every 429/503 must carry Retry-After"
    other = {s: n for c in http_clients for s, n in c.statuses.items() if s not in (204, 429, 503)}
    assert not other, f"overload answered with errors, not backpressure: {other}"
    refused = app.metric("millpond_rejected_total", reason="backpressure")
    assert refused >= pushed
    app.wait_worker_ready()
    assert app.stop() == 0, app.log_tail()
    v = verdict(app.data, [warm.tally, *tallies])
    fwd_unacked = sum(len(c.tally.unacked) for c in cs if isinstance(c, ForwardClient))
    print(f"\noverload (12 clients, max_pending {MAX_PENDING // 1024} KiB): {pushed} HTTP 429/503 with Retry-After, "
          f"{fwd_unacked} forward records without ack, ingest RSS +{grew / 2**20:.0f} MiB; {v.row()}")
    assert grew < RSS_BOUND, f"ingest RSS grew {grew / 2**20:.0f} MiB"
    assert v.acked > 0 and not v.lost and not v.duplicated, v.row()
