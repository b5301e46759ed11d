"""syslog receiver with real senders (util-linux logger, rsyslog) over UDP and TCP, raw-socket
framing cases (split, oversize, bad UTF-8, resync, TLS), and the decoder: fast columnar paths
checked against the per-line reference parser, and fuzzed."""

from __future__ import annotations

import asyncio
import os
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streamkit import Running, log_rows, poll, wait_log_rows
from millpond.ingest import syslog
from millpond.ingest.syslog_codec import decode, parse_structured_data
from millpond.pipeline.schema import SYSLOG_SEVERITY

HOST = os.uname().nodename
FUZZ = int(os.environ.get("FUZZ_EXAMPLES", 120))


async def run_logger(port: int, *args: str) -> None:
    proc = await asyncio.create_subprocess_exec("logger", "--server", "127.0.0.1", "--port", str(port), *args)
    assert await asyncio.wait_for(proc.wait(), 10) == 0


LOGGER_CASES = {
    "tcp-5424-octet": ["--tcp", "--rfc5424", "--octet-count", "--msgid", "M1", "--sd-id", "x@1", "--sd-param", 'a="b"'],
    "tcp-5424-lf": ["--tcp", "--rfc5424", "--msgid", "M1"],
    "tcp-3164": ["--tcp", "--rfc3164"],
    "udp-5424": ["--udp", "--rfc5424", "--msgid", "M1"],
    "udp-3164": ["--udp", "--rfc3164"],
}


@pytest.mark.parametrize("case", list(LOGGER_CASES))
async def test_logger_sends_each_format_and_transport(receiver: Any, case: str) -> None:
    """util-linux logger → one row: host, service (APP-NAME/TAG), severity and facility from PRI,
    procid/msgid/structured data in attributes, the sender's timestamp."""
    run: Running = await receiver(syslog)
    await run_logger(run.port, *LOGGER_CASES[case], "-t", "myapp", "--id=4242", "-p", "local3.warning",
                     f"hello from {case}")
    (row,) = await wait_log_rows(run.log, 1)
    assert (row["host"], row["service"], row["message"]) == (HOST, "myapp", f"hello from {case}")
    assert row["severity"] == "warning" and row["source"] == "syslog"
    attrs = row["attributes"]
    assert attrs["facility"] == "local3" and attrs["procid"] == "4242"
    if "5424" in case:
        assert attrs["msgid"] == "M1" and attrs["timeQuality.tzKnown"] == "1"
        assert abs(row["ts"].timestamp() - row["ts"].now().timestamp()) < 60  # sub-second sender time
    if case == "tcp-5424-octet":
        assert attrs["x@1.a"] == "b"


@pytest.fixture
def rsyslogd(tmp_path: Path) -> Iterator[Any]:
    """``start(port, lines)``: rsyslogd reading ``lines`` from a file and forwarding them to ``port``
    three ways: TCP octet-counted RFC 5424, UDP RFC 3164, TCP LF-framed RFC 3164 with an ISO time."""
    procs: list[subprocess.Popen[bytes]] = []

    def start(port: int, lines: list[str]) -> None:
        src = tmp_path / "in.log"
        src.write_text("".join(line + "\n" for line in lines))
        conf = tmp_path / "rsyslog.conf"
        fwd = 'action(type="omfwd" target="127.0.0.1" port="{port}" protocol="{proto}" {extra} template="{tpl}")'
        conf.write_text("\n".join([
            f'global(workDirectory="{tmp_path}")',
            'module(load="imfile")',
            f'input(type="imfile" File="{src}" Tag="rsy-app:" Facility="local5" Severity="err")',
            'if $programname == "rsy-app" then {',
            fwd.format(port=port, proto="tcp", extra='TCP_Framing="octet-counted"',
                       tpl="RSYSLOG_SyslogProtocol23Format"),
            fwd.format(port=port, proto="udp", extra="", tpl="RSYSLOG_TraditionalForwardFormat"),
            fwd.format(port=port, proto="tcp", extra='TCP_Framing="traditional"', tpl="RSYSLOG_ForwardFormat"),
            "}",
        ]) + "\n")
        procs.append(subprocess.Popen(["rsyslogd", "-n", "-f", str(conf), "-i", str(tmp_path / "rsyslogd.pid")],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))

    yield start
    for p in procs:
        p.terminate()
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


async def test_rsyslog_forwards_over_tcp_and_udp(receiver: Any, rsyslogd: Any) -> None:
    """rsyslog's own omfwd (5424 octet-counted TCP, 3164 UDP, LF TCP) → three rows per line."""
    run: Running = await receiver(syslog)
    lines = ["first event id=1", "second event with ünïcode"]
    rsyslogd(run.port, lines)
    rows = await wait_log_rows(run.log, 6, timeout=20)
    assert sorted(r["message"] for r in rows) == sorted(lines * 3)
    for r in rows:
        assert (r["host"], r["service"], r["severity"]) == (HOST, "rsy-app", "error")
        assert r["attributes"]["facility"] == "local5"


async def _tcp(port: int, data: bytes | list[bytes], tls: ssl.SSLContext | None = None) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=tls)
    for chunk in data if isinstance(data, list) else [data]:
        writer.write(chunk)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def test_tcp_lf_split_oversize_bad_utf8(receiver: Any) -> None:
    """LF framing: a line split over writes arrives whole, an oversize line is skipped and counted,
    bad UTF-8 is repaired, and later lines on the same connection still land."""
    run: Running = await receiver(syslog, syslog={"max_line": "1KiB"})
    line = b"<11>1 2026-01-02T03:04:05.5Z h app - - - split line"
    big = b"<11>1 - h app - - - " + b"x" * 5000
    await _tcp(run.port, [line[:10], line[10:30], line[30:] + b"\n" + big[:700], big[700:] + b"\n",
                          b"<11>1 - h app - - - bad \xff\xfe utf8\n", b"<11>1 - h app - - - last\n"])
    rows = await wait_log_rows(run.log, 3)
    msgs = [r["message"] for r in rows]
    assert "split line" in msgs and "last" in msgs and "bad \ufffd\ufffd utf8" in msgs
    split = next(r for r in rows if r["message"] == "split line")
    assert split["ts"].isoformat() == "2026-01-02T03:04:05.500000+00:00" and split["severity"] == "error"
    assert run.rejected("syslog", "too_large") == 1


async def test_tcp_octet_counting_resync_and_oversize(receiver: Any) -> None:
    run: Running = await receiver(syslog, syslog={"max_line": "1KiB"})

    def oc(m: bytes) -> bytes:
        return b"%d %s" % (len(m), m)

    data = oc(b"<14>1 - h a - - - one") + oc(b"<14>1 - h a - - - " + b"y" * 3000) + b"zz junk\n" + oc(b"<14>two")
    await _tcp(run.port, [data[i:i + 100] for i in range(0, len(data), 100)])
    rows = await wait_log_rows(run.log, 2)
    assert [(r["message"], r["severity"]) for r in rows] == [("one", "info"), ("two", "info")]
    assert run.rejected("syslog", "too_large") == 1 and run.rejected("syslog", "framing") == 1


async def test_tcp_backpressure_holds_the_sender_then_delivers(receiver: Any) -> None:
    """With pending memory full, a TCP connection's lines wait (retried after Retry-After) and land;
    nothing is dropped and the refusal is counted."""
    run: Running = await receiver(syslog, ingest={"max_pending": "100B", "linger": "1500ms"})
    await _tcp(run.port, b"<14>1 - h1 a - - - first\n")
    await poll(lambda: run.appender.pending_bytes > 0)
    await _tcp(run.port, b"<14>1 - h2 a - - - second\n")
    rows = await wait_log_rows(run.log, 2)
    assert sorted(r["message"] for r in rows) == ["first", "second"]
    assert run.rejected("syslog", "backpressure") >= 1


async def test_udp_oversize_datagram_dropped_others_kept(receiver: Any) -> None:
    run: Running = await receiver(syslog, syslog={"max_line": "1KiB"})
    loop = asyncio.get_running_loop()
    tr, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, remote_addr=("127.0.0.1", run.port))
    tr.sendto(b"<13>Jan  2 03:04:05 box app: " + b"q" * 2000)
    tr.sendto(b"<13>Jan  2 03:04:05 box app: fine\n")
    rows = await wait_log_rows(run.log, 1)
    await poll(lambda: run.rejected("syslog", "too_large") == 1)
    assert [(r["host"], r["service"], r["message"]) for r in rows] == [("box", "app", "fine")]
    tr.close()


async def test_tls_octet_counting(receiver: Any, tmp_path: Path) -> None:
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    run: Running = await receiver(syslog, syslog={"tls_cert": str(cert), "tls_key": str(key)})
    msg = b"<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut=\"3\"] tls"
    await _tcp(run.port, b"%d %s" % (len(msg), msg), tls=ssl.create_default_context(cafile=str(cert)))
    (row,) = await wait_log_rows(run.log, 1)
    assert (row["message"], row["attributes"]["exampleSDID@32473.iut"], row["severity"]) == ("tls", "3", "notice")


# ---- decoder: RFC examples, fast paths against the reference parser, fuzz ----------------------

RFC_LINES = [
    b"<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - BOM'su root' failed",
    b"<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's time to make the do-nuts.",
    b'<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" '
    b'eventSource="Application" eventID="1011"] \xef\xbb\xbfAn application event log entry...',
    b'<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" '
    b'eventSource="Application" eventID="1011"][examplePriority@32473 class="high"]',
    b"<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8",
    b"<13>Feb  5 17:32:18 10.0.0.99 Use the BFG!",
    b"<13>2026-11-25T08:41:05.123+01:00 host app[77]: iso stamped",
    b"no pri at all",
]


@pytest.mark.parametrize("fast", [True, False], ids=["columnar", "reference"])
def test_rfc_examples(fast: bool) -> None:
    """RFC 5424 §6.5 and RFC 3164 §5.4 examples, through both decoders."""
    rows = decode(RFC_LINES, received_us=1_764_060_000_000_000, fast=fast).to_pylist()
    su, donuts, sd, sd_only, bsd, bfg, iso, plain = rows
    assert (su["host"], su["service"], su["severity"], su["message"]) == (
        "mymachine.example.com", "su", "critical", "BOM'su root' failed")
    assert dict(su["attributes"]) == {"facility": "auth", "msgid": "ID47"}
    assert su["ts"].isoformat() == "2003-10-11T22:14:15.003000+00:00"
    assert donuts["ts"].isoformat() == "2003-08-24T12:14:15.000003+00:00"
    assert dict(donuts["attributes"])["procid"] == "8710" and donuts["severity"] == "notice"
    assert sd["message"] == "An application event log entry..."
    assert dict(sd["attributes"])["exampleSDID@32473.eventID"] == "1011"
    assert dict(sd_only["attributes"])["examplePriority@32473.class"] == "high" and sd_only["message"] == ""
    assert (bsd["host"], bsd["service"], bsd["message"]) == ("mymachine", "su", "'su root' failed for lonvick on /dev/pts/8")
    assert bsd["ts"].strftime("%m-%d %H:%M:%S") == "10-11 22:14:15"
    assert bfg["host"] == "10.0.0.99" and bfg["message"] == "Use the BFG!"
    assert iso["ts"].isoformat() == "2026-11-25T07:41:05.123000+00:00" and dict(iso["attributes"])["procid"] == "77"
    assert (plain["message"], plain["severity"], dict(plain["attributes"])) == ("no pri at all", "notice",
                                                                                {"facility": "user"})


def test_structured_data_escapes_and_malformed() -> None:
    assert parse_structured_data('[a b="x\\"y\\]z"] m') == ([("a.b", 'x"y]z')], "m")
    assert parse_structured_data("[a b=unquoted] m") is None
    assert parse_structured_data("[a") is None


token = st.text(st.characters(min_codepoint=33, max_codepoint=126, exclude_characters='="]['), min_size=1, max_size=8)
nil_or = lambda s: st.one_of(st.just("-"), s)  # noqa: E731
msg_text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\n\r"), max_size=30)


@st.composite
def rfc5424(draw: Any) -> str:
    pri = draw(st.integers(0, 191))
    ts = draw(nil_or(st.sampled_from(["2026-01-02T03:04:05Z", "2026-01-02T03:04:05.123456+02:00"])))
    sd = draw(st.one_of(st.just("-"), st.builds(lambda i, k, v: f'[{i} {k}="{v}"]', token, token, token)))
    fields = [draw(nil_or(token)) for _ in range(4)]
    return f"<{pri}>1 {ts} {' '.join(fields)} {sd} {draw(msg_text)}".rstrip(" ")


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@st.composite
def rfc3164(draw: Any) -> str:
    pri = draw(st.integers(0, 191))
    if draw(st.booleans()):
        stamp = f"{draw(st.sampled_from(MONTHS))} {draw(st.integers(1, 28)):>2} " \
                f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}:{draw(st.integers(0, 59)):02d}"
    else:
        stamp = draw(st.sampled_from(["2026-01-02T03:04:05Z", "2026-01-02T03:04:05.25+02:00"]))
    host = draw(st.one_of(st.just(""), token.filter(lambda t: ":" not in t).map(lambda t: t + " ")))
    tag = draw(token.filter(lambda t: ":" not in t))
    pid = draw(st.one_of(st.just(""), st.integers(1, 99999).map(lambda p: f"[{p}]"), token.map(lambda t: f"[{t}]")))
    sep = draw(st.sampled_from([": ", ":"]))
    return f"<{pri}>{stamp} {host}{tag}{pid}{sep}{draw(msg_text)}"


@settings(max_examples=FUZZ, deadline=None)
@given(st.lists(st.one_of(rfc5424(), rfc3164()), min_size=1, max_size=20))
def test_columnar_paths_agree_with_the_reference(lines: list[str]) -> None:
    """Property: for well-formed lines the fast paths and the per-line parser give the same rows."""
    data = [ln.encode() for ln in lines]
    assert decode(data, received_us=1_764_060_000_000_000).to_pylist() == \
        decode(data, received_us=1_764_060_000_000_000, fast=False).to_pylist()


@settings(max_examples=FUZZ, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=80), rfc5424().map(str.encode), rfc3164().map(str.encode)),
                min_size=1, max_size=10),
       st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=3))
def test_fuzz_decoder_never_raises(lines: list[bytes], flips: list[tuple[int, int]]) -> None:
    """Random and mutated lines: always one row per line, severities from the fixed set."""
    mutated = []
    for ln in lines:
        b = bytearray(ln)
        for pos, val in flips:
            if b:
                b[pos % len(b)] = val
        mutated.append(bytes(b))
    for fast in (True, False):
        batch = decode(mutated, fast=fast)
        assert batch.num_rows == len(mutated)
        assert set(batch["severity"].to_pylist()) <= set(SYSLOG_SEVERITY)


def test_syslog_rows_keep_input_order() -> None:
    lines = [b"<13>1 - h a - - - five", b"odd one", b"<13>Jan  1 00:00:00 h t: bsd", b"<13>1 - h a - - - six"]
    assert [r["message"] for r in decode(lines).to_pylist()] == ["five", "odd one", "bsd", "six"]



async def test_many_senders_and_a_saboteur_lose_nothing(receiver: Any) -> None:
    """Concurrent TCP senders (both framings, 5424 and 3164, writes cut anywhere) plus a client
    sending garbage, oversize frames and cut frames: every good line lands exactly once."""
    run: Running = await receiver(syslog, syslog={"max_line": "2KiB"})

    def line(k: int, i: int) -> bytes:
        if i % 2:
            return f"<14>1 2026-01-02T03:04:05Z h{k} app - - - s{k}-{i}".encode()
        return f"<14>Jan  2 03:04:05 h{k} app[{i}]: s{k}-{i}".encode()

    async def sender(k: int) -> None:
        lines = [line(k, i) for i in range(1500)]
        data = b"".join(b"%d %s" % (len(m), m) for m in lines) if k % 2 else b"\n".join(lines) + b"\n"
        cuts = list(range(0, len(data), 997 + 13 * k)) + [len(data)]
        await _tcp(run.port, [data[a:b] for a, b in zip(cuts, cuts[1:])])

    async def saboteur() -> None:
        for n in range(30):
            junk = [b"\xff\xfe\x00garbage\n", b"9999999 x", b"<14>1 - h a - - - " + b"y" * 5000 + b"\n",
                    b"12 cut"][n % 4]
            await _tcp(run.port, junk)

    await asyncio.gather(*(sender(k) for k in range(4)), saboteur())
    await poll(lambda: sum(run.log.end_offset("logs", p) for p in range(run.log.partitions("logs"))) >= 6000,
               timeout=30)
    got = [r["message"] for r in log_rows(run.log) if r["message"].startswith("s")]
    assert sorted(got) == sorted(f"s{k}-{i}" for k in range(4) for i in range(1500))
    assert run.rejected("syslog", "too_large") >= 7
