"""The agent against the real appliance receivers and the real log, with real files.

Each test writes lines ``id=<n> …``, runs ``millpond agent`` as a process and
counts, in the appliance's log, how often every id arrived.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from agentkit import AgentProc, Appliance, Scoped, agent_toml, wait_for, wait_for_progress, write_lines


def _expect_exactly_once(appliance: Appliance | Scoped, expected: set[str], timeout: float = 20) -> None:
    def complete() -> bool:
        return set(appliance.ids()) >= expected

    wait_for(complete, timeout, f"{len(expected)} ids in the log")
    got = appliance.ids()
    dups = {k: v for k, v in got.items() if v > 1}
    assert not dups, f"{len(dups)} ids arrived more than once, e.g. {list(dups.items())[:5]}"
    assert set(got) == expected


def _start(tmp_path: Path, appliance: Appliance | Scoped, agents: list[AgentProc], files: list[dict[str, object]],
           **top: object) -> AgentProc:
    a = AgentProc(agent_toml(tmp_path, appliance, files, **top))
    agents.append(a)
    a.start()
    return a


def test_burst_of_100k_lines_arrives_exactly_once(tmp_path: Path, appliance: Scoped, agents: list[AgentProc]) -> None:
    """100,000 lines written at once: every one in the log exactly once, with host, service and file."""
    log = tmp_path / "app.log"
    write_lines(log, 0, 100_000)
    _start(tmp_path, appliance, agents, [{"path": str(tmp_path / "*.log"), "service": "burst",
                                          "start_at": "beginning"}])
    _expect_exactly_once(appliance, {f"id={i}" for i in range(100_000)}, timeout=40)
    t = appliance.rows()
    sql = f"SELECT count(*) AS n, count(DISTINCT message) AS d FROM logs WHERE attributes['file'] = '{log}'"
    req = urllib.request.Request(f"http://127.0.0.1:{appliance.http_port}/api/v1/query",
                                 data=json.dumps({"sql": sql}).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        assert json.loads(r.read())["rows"] == [[100_000, 100_000]]  # and the SQL API sees them too
    assert set(t.column("service").to_pylist()) == {"burst"}
    assert set(t.column("host").to_pylist()) == {"agent-test"}
    assert dict(t.column("attributes")[0].as_py())["file"] == str(log)


def test_rename_and_create_rotation(tmp_path: Path, appliance: Scoped, agents: list[AgentProc]) -> None:
    """app.log renamed to app.log.1 (still written a little), a new app.log created: nothing lost or repeated."""
    log = tmp_path / "app.log"
    write_lines(log, 0, 1000)
    _start(tmp_path, appliance, agents, [{"path": str(tmp_path / "*.log"), "start_at": "beginning"}])
    wait_for(lambda: len(appliance.ids()) >= 1000, 20, "the first 1000 lines")
    with open(log, "a") as old:  # the writer keeps its descriptor across the rename
        os.rename(log, tmp_path / "app.log.1")
        old.write("".join(f"id={i} late\n" for i in range(1000, 1100)))
    write_lines(log, 1100, 1000)
    _expect_exactly_once(appliance, {f"id={i}" for i in range(2100)})


def test_copytruncate_rotation(tmp_path: Path, appliance: Scoped, agents: list[AgentProc]) -> None:
    """logrotate's copytruncate: copy aside, truncate in place, keep writing; the new lines all arrive once."""
    log = tmp_path / "app.log"
    write_lines(log, 0, 1000)
    _start(tmp_path, appliance, agents, [{"path": str(log), "start_at": "beginning"}])
    wait_for(lambda: len(appliance.ids()) >= 1000, 20, "the first 1000 lines")
    shutil.copy(log, tmp_path / "app.log.1")
    with open(log, "r+") as f:
        f.truncate(0)
    write_lines(log, 1000, 500)
    _expect_exactly_once(appliance, {f"id={i}" for i in range(1500)})


def test_truncation_to_zero_then_regrowth(tmp_path: Path, appliance: Scoped, agents: list[AgentProc]) -> None:
    """A file truncated to zero and rewritten past its old size before the next poll is read from its start."""
    log = tmp_path / "app.log"
    write_lines(log, 0, 200)
    _start(tmp_path, appliance, agents, [{"path": str(log), "start_at": "beginning"}])
    wait_for(lambda: len(appliance.ids()) >= 200, 20, "the first 200 lines")
    with open(log, "w") as f:  # O_TRUNC, then more bytes than before
        f.write("".join(f"id={i} {'y' * 60}\n" for i in range(200, 500)))
    _expect_exactly_once(appliance, {f"id={i}" for i in range(500)})


def test_file_deleted_while_tailed_and_files_appearing_later(
    tmp_path: Path, appliance: Scoped, agents: list[AgentProc]
) -> None:
    """Lines written just before a delete still arrive; a file created later is read from its start."""
    log = tmp_path / "a.log"
    write_lines(log, 0, 500)
    _start(tmp_path, appliance, agents, [{"path": str(tmp_path / "*.log"), "start_at": "beginning"}])
    wait_for(lambda: len(appliance.ids()) >= 500, 20, "the first 500 lines")
    with open(log, "a") as f:
        os.unlink(log)
        f.write("".join(f"id={i} after-unlink\n" for i in range(500, 800)))
    write_lines(tmp_path / "b.log", 800, 300)
    _expect_exactly_once(appliance, {f"id={i}" for i in range(1100)})


def test_appliance_down_then_up_spool_drains(
    tmp_path: Path, own_appliance: Appliance, agents: list[AgentProc]
) -> None:
    """With the appliance stopped the agent spools to disk; once it is back the spool drains in full."""
    from millpond.agent.status import read_status

    log = tmp_path / "app.log"
    log.touch()
    a = _start(tmp_path, own_appliance, agents, [{"path": str(log), "start_at": "beginning"}])
    write_lines(log, 0, 500)
    wait_for(lambda: len(own_appliance.ids()) >= 500, 20, "lines before the outage")
    own_appliance.stop()
    write_lines(log, 500, 5000)
    spool = tmp_path / "spool"
    wait_for(lambda: (spool / "status.json").exists() and read_status(spool).spool.pending_records > 0
             and read_status(spool).lines_read >= 5500, 20, "the spool to hold the outage's lines")
    assert not read_status(spool).connected
    own_appliance.start()
    _expect_exactly_once(own_appliance, {f"id={i}" for i in range(5500)})
    wait_for(lambda: read_status(spool).spool.pending_records == 0, 10, "an empty spool")
    assert a.proc is not None and a.proc.poll() is None


def test_agent_restart_resumes_exactly(tmp_path: Path, appliance: Scoped, agents: list[AgentProc]) -> None:
    """A gracefully stopped agent resumes at its checkpoint: lines written while it was down arrive, once."""
    log = tmp_path / "app.log"
    write_lines(log, 0, 300)
    a = _start(tmp_path, appliance, agents, [{"path": str(log), "start_at": "end"}])
    spool = tmp_path / "spool"
    wait_for(lambda: (spool / "status.json").exists(), 10, "the agent's status")
    write_lines(log, 300, 300)
    wait_for(lambda: len(appliance.ids()) >= 300, 20, "lines written after start")
    assert a.stop() == 0
    write_lines(log, 600, 300)
    a.start()
    _expect_exactly_once(appliance, {f"id={i}" for i in range(300, 900)})


class _Writer(threading.Thread):
    """Appends ``id=<n>`` lines in small bursts until stopped (the load during the kills)."""

    def __init__(self, path: Path, burst: int = 200) -> None:
        super().__init__(daemon=True)
        self.path, self.burst, self.n = path, burst, 0
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.wait(0.01):
            write_lines(self.path, self.n, self.burst, pad="k" * 20)
            self.n += self.burst


def _in_flight_ids(spool_dir: Path, window: int) -> set[str]:
    """Ids in the first ``window`` spool records after the checkpoint: the chunks that can have been sent
    with their ack still in flight (the shipper keeps at most ``max_in_flight`` unacknowledged)."""
    import gzip

    import msgpack

    from millpond.agent.checkpoint import Checkpoint
    from millpond.agent.ship import decode_record
    from millpond.agent.spool import Spool

    ck = Checkpoint.load(spool_dir / "checkpoint.json")
    sp = Spool.open(spool_dir / "logs", 1 << 40, acked_seq=ck.acked_seq)
    out: set[str] = set()
    for _, payload in sp.read(ck.acked_seq, window):
        _, entries, option = msgpack.unpackb(decode_record(payload)[3], raw=False)
        u = msgpack.Unpacker(raw=False)
        u.feed(gzip.decompress(entries) if option.get("compressed") == "gzip" else entries)
        out.update(rec["message"].split(" ", 1)[0] for _, rec in u)
    sp.close()
    return out


def _kill_cycles(tmp_path: Path, appliance: Scoped, agents: list[AgentProc], cycles: int, seed: int,
                 burst: int = 200) -> None:
    rnd = random.Random(seed)
    log = tmp_path / "app.log"
    log.touch()
    window = 4
    cfg = agent_toml(tmp_path, appliance, [{"path": str(log), "start_at": "beginning"}],
                     max_in_flight=window, batch_bytes=32 * 1024)
    writer = _Writer(log, burst)
    writer.start()
    in_flight: set[str] = set()
    try:
        for _ in range(cycles):
            a = AgentProc(cfg)
            agents.append(a)
            a.start()
            target = appliance.count() + rnd.randint(200, 4000)
            wait_for(lambda: appliance.count() >= target, 30, "rows before the next kill", every=0.01)
            a.kill()
            in_flight |= _in_flight_ids(tmp_path / "spool", window)
    finally:
        writer.halt.set()
        writer.join()
    final = AgentProc(cfg)
    agents.append(final)
    final.start()
    expected = {f"id={i}" for i in range(writer.n)}
    # the backlog the last agent ships grows with how long the kills took (a busy machine writes more
    # lines meanwhile): wait while rows keep arriving (cheap: end offsets), then read them all
    wait_for_progress(appliance.count, writer.n, 60, f"rows after {cycles} kills ({writer.n} lines written)")
    try:
        wait_for(lambda: set(appliance.ids()) >= expected, 40 + writer.n / 20_000, f"all {writer.n} lines")
    except AssertionError:
        missing = sorted(expected - set(appliance.ids()), key=lambda k: int(k[3:]))
        raise AssertionError(f"{len(missing)} of {writer.n} lines lost after {cycles} kills: {missing[:5]}") from None
    got = appliance.ids()
    assert set(got) == expected, "lines that were never written arrived"
    dups = {k: v for k, v in got.items() if v > 1}
    print(f"{cycles} kills, {writer.n} lines, {sum(v - 1 for v in dups.values())} duplicates, "
          f"{len(in_flight)} lines were in the in-flight window at the kills")
    # a duplicate is a line of a chunk in the in-flight window (sent, not checkpointed as acked) at a kill
    assert set(dups) <= in_flight, f"duplicates of acknowledged lines: {sorted(set(dups) - in_flight)[:5]}"
    assert max(got.values()) <= 1 + cycles


def test_sigkill_under_load_loses_nothing(tmp_path: Path, appliance: Scoped, agents: list[AgentProc]) -> None:
    """kill -9 at random moments while lines are written: nothing lost; duplicates only of in-flight chunks."""
    _kill_cycles(tmp_path, appliance, agents, cycles=3, seed=8, burst=50)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_sigkill_under_load_many_cycles(tmp_path: Path, appliance: Scoped, agents: list[AgentProc]) -> None:
    """The soak form: 25 random kills."""
    _kill_cycles(tmp_path, appliance, agents, cycles=25, seed=int(time.time()))


def test_host_metrics_rows_with_sane_values(tmp_path: Path, agents: list[AgentProc]) -> None:
    """Host metrics reach the appliance's POST /write (guarded by an ingest token) as node_exporter-style
    series with plausible values."""
    import psutil

    appliance = Appliance(tmp_path / "data", ingest_token="tok")
    appliance.start()
    try:
        _check_host_metrics(tmp_path, appliance, agents, psutil)
    finally:
        appliance.stop()


def _check_host_metrics(tmp_path: Path, appliance: Appliance, agents: list[AgentProc], psutil: Any) -> None:
    _start(tmp_path, appliance, agents, [], host_metrics_interval="200ms", http_token="tok")

    def names() -> set[str]:
        t = appliance.rows("metrics")
        return set(t.column("name").to_pylist()) if t.num_rows and "name" in t.column_names else set()

    want = {"node_cpu_seconds_total", "node_load1", "node_memory_MemAvailable_bytes", "node_memory_MemTotal_bytes",
            "node_network_receive_bytes_total", "node_processes_total", "node_filesystem_size_bytes",
            "node_cpu_usage_ratio"}
    wait_for(lambda: names() >= want, 20, f"host metrics {sorted(want)}")
    rows = appliance.rows("metrics").to_pylist()
    by = {}
    for r in rows:
        by.setdefault(r["name"], []).append(r)
    assert {r["host"] for r in rows} == {"agent-test"}
    total = psutil.virtual_memory().total
    assert all(v["value"] == total for v in by["node_memory_MemTotal_bytes"])
    assert all(0 < v["value"] <= total for v in by["node_memory_MemAvailable_bytes"])
    assert all(0 <= v["value"] <= 1.0 for v in by["node_cpu_usage_ratio"])
    assert all(v["value"] >= 1 for v in by["node_processes_total"])
    cpu = by["node_cpu_seconds_total"]
    assert {dict(r["labels"])["mode"] for r in cpu} >= {"user", "system", "idle"}
    assert {dict(r["labels"])["cpu"] for r in cpu} == {str(i) for i in range(psutil.cpu_count())}
    assert all(v["value"] >= 0 for v in cpu)
    assert "lo" in {dict(r["labels"])["device"] for r in by["node_network_receive_bytes_total"]}


def test_status_command_and_metrics_endpoint(tmp_path: Path, appliance: Scoped, agents: list[AgentProc]) -> None:
    """`millpond agent --status` shows files, offsets, spool and last ack; /metrics counts acked records."""
    import subprocess
    import urllib.request

    from agentkit import PY, free_port

    log = tmp_path / "app.log"
    write_lines(log, 0, 250)
    mport = free_port()
    a = _start(tmp_path, appliance, agents, [{"path": str(log), "start_at": "beginning"}],
               metrics_listen=f"127.0.0.1:{mport}")
    _expect_exactly_once(appliance, {f"id={i}" for i in range(250)})

    def scraped() -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{mport}/metrics", timeout=2) as r:
                return r.read().decode()
        except OSError:
            return ""

    wait_for(lambda: "millpond_agent_records_acked_total 250.0" in scraped(), 10, "acked count on /metrics")
    wait_for(lambda: "250 / 250" in subprocess.run(
        [PY, "-m", "millpond", "agent", "--config", str(a.config), "--status"],
        capture_output=True, text=True).stdout, 10, "the status table")
    out = subprocess.run([PY, "-m", "millpond", "agent", "--config", str(a.config), "--status"],
                         capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"}).stdout
    assert str(log) in out and f"{log.stat().st_size:,}" in out
    assert "running (pid" in out and "connected" in out and "s ago" in out


def test_tls_and_shared_key_handshake(tmp_path: Path, agents: list[AgentProc]) -> None:
    """Forward over TLS (the agent verifies the appliance's certificate) with the HELO/PING/PONG handshake:
    a wrong key delivers nothing and the status says why; the right key delivers every line once."""
    import subprocess

    from millpond.agent.status import read_status

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    appliance = Appliance(tmp_path / "data", shared_key="s3cret", tls=(cert, key))
    appliance.start()
    try:
        log = tmp_path / "app.log"
        write_lines(log, 0, 2000)
        files = [{"path": str(log), "start_at": "beginning"}]
        a = _start(tmp_path, appliance, agents, files, shared_key="wrong", tls=True, tls_ca=str(cert))
        spool = tmp_path / "spool"
        wait_for(lambda: (spool / "status.json").exists() and "shared" in read_status(spool).last_error, 10,
                 "the refusal in the status")
        assert not appliance.ids()
        a.stop()
        b = _start(tmp_path, appliance, agents, files, shared_key="s3cret", tls=True, tls_ca=str(cert))
        _expect_exactly_once(appliance, {f"id={i}" for i in range(2000)})
        assert b.stop() == 0
    finally:
        appliance.stop()


def test_full_disk_pauses_tailing_then_resumes(
    tmp_path: Path, own_appliance: Appliance, agents: list[AgentProc]
) -> None:
    """The spool's disk fills up (a 2 MiB tmpfs) while the appliance is down: tailing pauses, nothing is
    lost; when the appliance returns the spool drains, space frees, and every line arrives once."""
    import subprocess

    from millpond.agent.status import read_status

    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(small)], capture_output=True).returncode:
        pytest.skip("needs permission to mount a small tmpfs")
    try:
        log = tmp_path / "app.log"
        log.touch()
        _start(tmp_path, own_appliance, agents, [{"path": str(log), "start_at": "beginning"}],
               spool_dir=str(small / "spool"), compress=False, batch_bytes="64KiB")
        wait_for(lambda: (small / "spool" / "status.json").exists(), 10, "the agent's status")
        own_appliance.stop()
        write_lines(log, 0, 40_000)  # ~2 MB raw, ~6 MB packed: cannot all fit in 2 MiB
        wait_for(lambda: "No space left" in agents[-1].output(), 20, "the spool to hit the full disk")
        own_appliance.start()
        _expect_exactly_once(own_appliance, {f"id={i}" for i in range(40_000)}, timeout=40)
        wait_for(lambda: read_status(small / "spool").spool.pending_records == 0, 10, "an empty spool")
    finally:
        for a in agents:
            a.stop()
        subprocess.run(["umount", "-l", str(small)], capture_output=True)


def test_syslog_files_written_by_rsyslog(tmp_path: Path, appliance: Scoped, agents: list[AgentProc]) -> None:
    """rsyslogd (fed by `logger`) writes three file formats; the syslog parser gives host, service, severity."""
    import subprocess

    from agentkit import free_port

    port = free_port()
    fmts = {"hp.log": "RSYSLOG_FileFormat", "trad.log": "RSYSLOG_TraditionalFileFormat",
            "5424.log": "RSYSLOG_SyslogProtocol23Format"}
    conf = tmp_path / "rsyslog.conf"
    conf.write_text("\n".join([
        f'global(workDirectory="{tmp_path}")',
        'module(load="imudp")',
        f'input(type="imudp" address="127.0.0.1" port="{port}")',
        *(f'action(type="omfile" file="{tmp_path / name}" template="{tpl}")' for name, tpl in fmts.items()),
    ]) + "\n")
    rsyslog = subprocess.Popen(["rsyslogd", "-n", "-f", str(conf), "-i", str(tmp_path / "rsyslogd.pid")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _start(tmp_path, appliance, agents, [{"path": str(tmp_path / "*.log"), "parser": "syslog",
                                              "start_at": "beginning"}])

        def sent() -> bool:  # rsyslog listens a moment after it starts: send until the files have the line
            subprocess.run(["logger", "-n", "127.0.0.1", "-P", str(port), "-d", "--rfc5424", "-t", "payments",
                            "-p", "local0.warning", "--", "id=probe card declined"], check=True)
            return all((tmp_path / n).exists() and b"id=probe" in (tmp_path / n).read_bytes() for n in fmts)

        wait_for(sent, 20, "rsyslog to write its files", every=0.2)
        subprocess.run(["logger", "-n", "127.0.0.1", "-P", str(port), "-d", "--rfc5424", "-t", "payments",
                        "-p", "local0.err", "--", "id=final settlement failed"], check=True)
        wait_for(lambda: appliance.ids().get("id=final", 0) >= 3, 20, "the final line from all three files")
    finally:
        rsyslog.terminate()
        rsyslog.wait(10)
    rows = [r for r in appliance.rows().to_pylist() if r["message"].startswith("id=final")]
    assert len(rows) == 3
    assert {r["service"] for r in rows} == {"payments"}
    assert {r["message"] for r in rows} == {"id=final settlement failed"}
    files = {dict(r["attributes"])["file"].rsplit("/", 1)[1]: r for r in rows}
    assert set(files) == set(fmts)
    assert files["5424.log"]["severity"] == "error"  # PRI is in the 5424 file format only
    assert all(r["host"] and r["host"] != "agent-test" for r in rows)  # the sender's HOSTNAME


def test_second_agent_on_the_same_spool_is_refused(tmp_path: Path, appliance: Scoped,
                                                     agents: list[AgentProc]) -> None:
    """Two agents must never share a spool: the second one exits at once with one line naming the first."""
    import subprocess

    from agentkit import PY

    first = _start(tmp_path, appliance, agents, [])
    wait_for(lambda: (tmp_path / "spool" / "status.json").exists(), 10, "the first agent")
    second = subprocess.run([PY, "-m", "millpond", "agent", "--config", str(first.config)],
                            capture_output=True, text=True, timeout=30)
    assert second.returncode == 2
    assert second.stderr.strip() == (f"millpond: another agent (pid {first.proc.pid}) is running "
                                     f"with spool_dir {tmp_path / 'spool'}")
    assert first.proc is not None and first.proc.poll() is None
