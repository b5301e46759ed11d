#!/usr/bin/env python3
"""Regenerate Millpond's sample data: one realistic file per source.

The committed files are small (about 2 MB together). ``--scale 10`` makes ten
times as many records over a ten times longer span, for load tests. The output
is deterministic for a given ``--seed``, ``--scale`` and ``--start``, so the
dashboard's snapshot tests can rely on it.

    python sample-data/generate.py                 # rewrite the committed files
    python sample-data/generate.py --scale 20 --out /tmp/big

Files (``millpond replay`` detects each by name and content):

- ``syslog-rfc5424.log``  sshd, systemd, CRON, kernel, postfix, sudo (RFC 5424, structured data)
- ``syslog-rfc3164.log``  the same daemons in the BSD format (RFC 3164)
- ``access.log``          nginx combined access log of two web servers
- ``app.jsonl``           JSON application logs: checkout/payments/inventory, errors with stack traces
- ``node-exporter.prom``  Prometheus exposition text, successive scrapes (timestamped samples)
- ``telegraf.lp``         InfluxDB line protocol: cpu, mem, disk, net of four hosts
- ``otlp-logs.json``      OTLP/JSON ExportLogsServiceRequest, one per line
- ``otlp-metrics.json``   OTLP/JSON ExportMetricsServiceRequest (gauges and sums), one per line
- ``iot-sensors.jsonl``   36 devices: temperature/humidity/battery with drift, spikes, one goes silent
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_START = "2026-01-15T10:00:00Z"
SPAN_S = 30 * 60
HOSTS = ["db-1", "web-1", "web-2", "worker-1"]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass
class Gen:
    """Shared state of one generation run: seed, start time, scale."""

    rng: random.Random
    start: datetime
    scale: int

    @property
    def span(self) -> float:
        return SPAN_S * self.scale

    def times(self, n: int) -> list[datetime]:
        """``n`` sorted instants over the span, jittered like real traffic."""
        n *= self.scale
        return sorted(self.start + timedelta(seconds=self.rng.uniform(0, self.span)) for _ in range(n))

    def ticks(self, every: float) -> Iterator[tuple[int, datetime]]:
        for i in range(int(self.span // every)):
            yield i, self.start + timedelta(seconds=i * every)


def iso(t: datetime, digits: int = 3) -> str:
    s = t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
    return s[: 20 + digits] + "Z" if digits else s[:19] + "Z"


def ns(t: datetime) -> int:
    return int(t.timestamp()) * 1_000_000_000 + t.microsecond * 1000


# ---------------------------------------------------------------- syslog

def _syslog_events(g: Gen) -> Iterator[tuple[datetime, str, str, int, int, str, dict[str, dict[str, str]]]]:
    """(time, host, app, facility, severity, message, structured data) of several daemons."""
    r = g.rng
    users = ["alice", "bob", "deploy", "backup", "root"]
    ips = [f"198.51.100.{i}" for i in (7, 23, 42, 99)] + [f"203.0.113.{i}" for i in (5, 66, 201)]
    for t in g.times(1400):
        host = r.choice(HOSTS)
        k = r.random()
        if k < 0.30:
            user, ip, port = r.choice(users), r.choice(ips), r.randint(30000, 65000)
            if r.random() < 0.25:
                yield t, host, "sshd", 10, 4, f"Failed password for invalid user {user}{r.randint(1, 99)} from {ip} port {port} ssh2", {}
            else:
                yield t, host, "sshd", 10, 6, f"Accepted publickey for {user} from {ip} port {port} ssh2: ED25519 SHA256:{r.getrandbits(64):016x}", {}
        elif k < 0.45:
            yield t, host, "CRON", 9, 6, f"({r.choice(users)}) CMD (/usr/local/bin/{r.choice(['rotate', 'backup', 'sync'])}.sh)", {}
        elif k < 0.62:
            unit = r.choice(["nginx.service", "postgresql.service", "millpond-agent.service", "logrotate.service"])
            verb = r.choice(["Started", "Stopping", "Reloaded", "Finished"])
            yield t, host, "systemd", 3, 6, f"{verb} {unit}.", {"origin@48577": {"software": "systemd", "swVersion": "252"}}
        elif k < 0.74:
            if r.random() < 0.15:
                yield t, host, "kernel", 0, 3, f"Out of memory: Killed process {r.randint(1000, 40000)} (python3) total-vm:{r.randint(2, 9)}048576kB", {}
            else:
                yield t, host, "kernel", 0, 4, f"[UFW BLOCK] IN=eth0 OUT= SRC={r.choice(ips)} DST=10.0.0.{r.randint(2, 40)} PROTO=TCP SPT={r.randint(1024, 65000)} DPT={r.choice([22, 23, 3389, 5432])}", {}
        elif k < 0.90:
            qid = f"{r.getrandbits(40):010X}"
            if r.random() < 0.2:
                yield t, host, "postfix/smtp", 2, 4, f"{qid}: to=<ops@example.com>, relay=none, delay={r.uniform(1, 30):.1f}, status=deferred (connect to mx.example.com[192.0.2.25]:25: Connection timed out)", {}
            else:
                yield t, host, "postfix/smtp", 2, 6, f"{qid}: to=<ops@example.com>, relay=mx.example.com[192.0.2.25]:25, delay={r.uniform(0.1, 2):.2f}, status=sent (250 2.0.0 Ok)", {}
        else:
            user = r.choice(users)
            yield t, host, "sudo", 10, 5, f"{user} : TTY=pts/{r.randint(0, 4)} ; PWD=/home/{user} ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx", {"meta@32473": {"user": user}}


def _sd(sd: dict[str, dict[str, str]]) -> str:
    if not sd:
        return "-"
    return "".join(f"[{sid} " + " ".join(f'{k}="{v}"' for k, v in params.items()) + "]" for sid, params in sd.items())


def syslog_5424(g: Gen) -> list[str]:
    out = []
    for t, host, app, fac, sev, msg, sd in _syslog_events(g):
        pid = g.rng.randint(100, 99999)
        out.append(f"<{fac * 8 + sev}>1 {iso(t, 6)} {host} {app} {pid} - {_sd(sd)} {msg}")
    return out


def syslog_3164(g: Gen) -> list[str]:
    out = []
    for t, host, app, fac, sev, msg, _ in _syslog_events(g):
        stamp = f"{MONTHS[t.month - 1]} {t.day:>2} {t:%H:%M:%S}"
        tag = app if app == "kernel" else f"{app}[{g.rng.randint(100, 99999)}]"
        out.append(f"<{fac * 8 + sev}>{stamp} {host} {tag}: {msg}")
    return out


# ---------------------------------------------------------------- web access

def access_log(g: Gen) -> list[str]:
    r = g.rng
    paths = ["/", "/api/items", "/api/items/{id}", "/api/cart", "/api/checkout", "/static/app.js", "/static/site.css", "/login", "/healthz"]
    agents = ["Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", "Mozilla/5.0 (Macintosh) Safari/605.1.15", "curl/8.5.0", "kube-probe/1.31", "Go-http-client/2.0"]
    out = []
    for t in g.times(2600):
        p = r.choice(paths).replace("{id}", str(r.randint(1, 5000)))
        method = "POST" if p in ("/api/cart", "/api/checkout", "/login") else "GET"
        status = r.choices([200, 201, 204, 301, 304, 400, 401, 404, 499, 500, 502, 503], [70, 4, 3, 2, 6, 2, 2, 5, 1, 2, 1, 1])[0]
        size = 0 if status in (204, 304) else r.randint(120, 48000)
        ip = f"{r.choice([198, 203, 192])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        stamp = f"{t.day:02d}/{MONTHS[t.month - 1]}/{t:%Y:%H:%M:%S} +0000"
        host = r.choice(["web-1", "web-2"])
        rt = r.lognormvariate(-3.5, 1.0)
        out.append(f'{ip} - - [{stamp}] "{method} {p} HTTP/1.1" {status} {size} "-" "{r.choice(agents)}" host={host} rt={rt:.3f}')
    return out


# ---------------------------------------------------------------- JSON application logs

TRACES = {
    "payments": (
        "Traceback (most recent call last):\n"
        '  File "/srv/payments/app/charge.py", line 88, in charge\n'
        "    resp = gateway.authorize(card, amount)\n"
        '  File "/srv/payments/app/gateway.py", line 41, in authorize\n'
        "    raise GatewayTimeout(f\"gateway did not answer in {timeout}s\")\n"
        "payments.gateway.GatewayTimeout: gateway did not answer in 5s"
    ),
    "inventory": (
        "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.\n"
        "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)\n"
        "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)\n"
        "\tat shop.inventory.StockRepository.reserve(StockRepository.java:57)\n"
        "\tat shop.inventory.ReserveHandler.handle(ReserveHandler.java:23)"
    ),
    "checkout": (
        "TypeError: Cannot read properties of undefined (reading 'total')\n"
        "    at computeTotals (/srv/checkout/src/cart.js:112:27)\n"
        "    at CheckoutController.submit (/srv/checkout/src/controller.js:48:19)\n"
        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
    ),
}


def app_jsonl(g: Gen) -> list[str]:
    r = g.rng
    out = []
    for t in g.times(1800):
        svc = r.choice(["checkout", "payments", "inventory"])
        host = r.choice(["web-1", "web-2"]) if svc == "checkout" else "worker-1"
        rec: dict[str, object] = {"ts": iso(t), "host": host, "service": svc}
        trace = f"{r.getrandbits(128):032x}"
        k = r.random()
        order = r.randint(10000, 99999)
        if k < 0.06:
            rec |= {"level": "error", "message": f"unhandled error processing order {order}", "stack": TRACES[svc], "trace_id": trace}
        elif k < 0.16:
            rec |= {"level": "warn", "message": f"slow downstream call to {r.choice(['db', 'gateway', 'cache'])} took {r.randint(800, 4000)}ms", "trace_id": trace}
        elif k < 0.22:
            rec |= {"level": "debug", "message": f"cache miss for key cart:{r.randint(1, 5000)}"}
        else:
            msgs = {
                "checkout": f"order {order} submitted with {r.randint(1, 9)} items",
                "payments": f"charge authorized for order {order} amount={r.randint(5, 900)}.{r.randint(0, 99):02d} EUR",
                "inventory": f"reserved {r.randint(1, 5)} units of sku-{r.randint(100, 999)} for order {order}",
            }
            rec |= {"level": "info", "message": msgs[svc], "trace_id": trace, "duration_ms": r.randint(3, 400)}
        out.append(json.dumps(rec, separators=(",", ":")))
    return out


# ---------------------------------------------------------------- Prometheus exposition

def prometheus_text(g: Gen) -> list[str]:
    """Successive node_exporter scrapes of three hosts, each sample timestamped (ms)."""
    r = g.rng
    out: list[str] = []
    hosts = ["db-1", "web-1", "web-2"]
    cpu = {h: [0.0] * 4 for h in hosts}
    net = {h: 0.0 for h in hosts}
    reqs = {(h, c): 0.0 for h in hosts for c in ("200", "404", "500")}
    meta = [
        ("node_load1", "gauge", "1m load average."),
        ("node_memory_MemAvailable_bytes", "gauge", "Memory information field MemAvailable_bytes."),
        ("node_filesystem_avail_bytes", "gauge", "Filesystem space available to non-root users in bytes."),
        ("node_cpu_seconds_total", "counter", "Seconds the CPUs spent in each mode."),
        ("node_network_receive_bytes_total", "counter", "Network device statistic receive_bytes."),
        ("http_requests_total", "counter", "Requests served, by status code."),
    ]
    for _i, t in g.ticks(60):
        ms = int(t.timestamp() * 1000)
        for name, typ, help_ in meta:
            out += [f"# HELP {name} {help_}", f"# TYPE {name} {typ}"]
            for h in hosts:
                inst = f'instance="{h}:9100",job="node"'
                if name == "node_load1":
                    out.append(f"{name}{{{inst}}} {abs(r.gauss(1.2 if h == 'db-1' else 0.5, 0.3)):.2f} {ms}")
                elif name == "node_memory_MemAvailable_bytes":
                    out.append(f"{name}{{{inst}}} {int(r.uniform(2.1e9, 3.9e9))} {ms}")
                elif name == "node_filesystem_avail_bytes":
                    out.append(f'{name}{{{inst},device="/dev/sda1",mountpoint="/"}} {int(5.2e10 - (t - g.start).total_seconds() * 1.3e4)} {ms}')
                elif name == "node_cpu_seconds_total":
                    for c in range(4):
                        cpu[h][c] += r.uniform(5, 55)
                        out.append(f'{name}{{{inst},cpu="{c}",mode="user"}} {cpu[h][c]:.2f} {ms}')
                elif name == "node_network_receive_bytes_total":
                    net[h] += r.uniform(1e5, 9e6)
                    out.append(f'{name}{{{inst},device="eth0"}} {net[h]:.0f} {ms}')
                elif h != "db-1":
                    for code, w in (("200", 900), ("404", 30), ("500", 4)):
                        reqs[h, code] += r.randint(0, w)
                        out.append(f'{name}{{{inst},code="{code}"}} {reqs[h, code]:.0f} {ms}')
    return out


# ---------------------------------------------------------------- line protocol

def line_protocol(g: Gen) -> list[str]:
    r = g.rng
    out = []
    disk = {h: 61.0 + i * 7 for i, h in enumerate(HOSTS)}
    for i, t in g.ticks(20):
        stamp = ns(t)
        for h in HOSTS:
            busy = 35 + 25 * math.sin(i / 15 + len(h)) + r.gauss(0, 5)
            out.append(f"cpu,host={h},cpu=cpu-total usage_user={max(busy, 0.5):.2f},usage_system={r.uniform(1, 9):.2f},usage_idle={max(100 - busy - 5, 0):.2f} {stamp}")
            out.append(f"mem,host={h} used_percent={r.uniform(40, 80):.2f},available={int(r.uniform(1e9, 6e9))}i {stamp}")
            disk[h] += r.uniform(0, 0.02)
            out.append(f"disk,host={h},path=/,fstype=ext4 used_percent={disk[h]:.3f} {stamp}")
            out.append(f"net,host={h},interface=eth0 bytes_recv={int(1e9 + i * r.uniform(1e5, 9e5))}i,bytes_sent={int(4e8 + i * r.uniform(1e5, 5e5))}i {stamp}")
    return out


# ---------------------------------------------------------------- OTLP JSON

def _attr(k: str, v: object) -> dict[str, object]:
    if isinstance(v, bool):
        return {"key": k, "value": {"boolValue": v}}
    if isinstance(v, int):
        return {"key": k, "value": {"intValue": str(v)}}
    if isinstance(v, float):
        return {"key": k, "value": {"doubleValue": v}}
    return {"key": k, "value": {"stringValue": str(v)}}


def _resource(service: str, host: str) -> dict[str, object]:
    return {"attributes": [_attr("service.name", service), _attr("host.name", host), _attr("deployment.environment", "demo")]}


def otlp_logs(g: Gen) -> list[str]:
    r = g.rng
    sev = [(5, "DEBUG"), (9, "INFO"), (9, "INFO"), (9, "INFO"), (13, "WARN"), (17, "ERROR")]
    out = []
    times = g.times(900)
    for chunk in range(0, len(times), 20):
        svc = r.choice(["search-api", "recommender"])
        host = r.choice(["web-1", "web-2"])
        records = []
        for t in times[chunk:chunk + 20]:
            num, text = r.choice(sev)
            q = r.choice(["red shoes", "usb-c cable", "desk lamp", "coffee"])
            body = {
                "DEBUG": f"query plan chosen: index scan on products_{r.choice(['title', 'tags'])}",
                "INFO": f'search "{q}" returned {r.randint(0, 240)} results in {r.randint(4, 90)}ms',
                "WARN": f"feature store lagging by {r.randint(5, 120)}s, using stale embeddings",
                "ERROR": f"upstream recommender timed out after {r.choice([500, 1000, 2000])}ms",
            }[text]
            records.append({
                "timeUnixNano": str(ns(t)), "severityNumber": num, "severityText": text,
                "body": {"stringValue": body},
                "attributes": [_attr("http.route", "/search"), _attr("user.tier", r.choice(["free", "pro"]))],
                "traceId": f"{r.getrandbits(128):032x}", "spanId": f"{r.getrandbits(64):016x}",
            })
        req = {"resourceLogs": [{"resource": _resource(svc, host), "scopeLogs": [{"scope": {"name": "app.logger"}, "logRecords": records}]}]}
        out.append(json.dumps(req, separators=(",", ":")))
    return out


def otlp_metrics(g: Gen) -> list[str]:
    r = g.rng
    out = []
    count = {"search-api": 0, "recommender": 0}
    start = str(ns(g.start))
    for _i, t in g.ticks(30):
        for svc, host in (("search-api", "web-1"), ("recommender", "web-2")):
            count[svc] += r.randint(50, 400)
            stamp = str(ns(t))
            metrics = [
                {"name": "process.runtime.memory", "unit": "By", "gauge": {"dataPoints": [
                    {"timeUnixNano": stamp, "asInt": str(int(r.uniform(1.5e8, 3e8))), "attributes": [_attr("type", "heap")]}]}},
                {"name": "http.server.request.count", "unit": "1", "sum": {"aggregationTemporality": 2, "isMonotonic": True, "dataPoints": [
                    {"startTimeUnixNano": start, "timeUnixNano": stamp, "asInt": str(count[svc]), "attributes": [_attr("http.route", "/search")]}]}},
                {"name": "http.server.duration.p99", "unit": "ms", "gauge": {"dataPoints": [
                    {"timeUnixNano": stamp, "asDouble": round(r.lognormvariate(4, 0.4), 2), "attributes": [_attr("http.route", "/search")]}]}},
            ]
            req = {"resourceMetrics": [{"resource": _resource(svc, host), "scopeMetrics": [{"scope": {"name": "app.meter"}, "metrics": metrics}]}]}
            out.append(json.dumps(req, separators=(",", ":")))
    return out


# ---------------------------------------------------------------- IoT

SILENT_DEVICE = "coldroom-03"


def iot(g: Gen) -> list[str]:
    """36 devices every 30 s; some drift, a few spike, ``coldroom-03`` goes silent at 60 % of the span."""
    r = g.rng
    devices = [f"greenhouse-{i:02d}" for i in range(1, 17)] + [f"coldroom-{i:02d}" for i in range(1, 9)] + [f"office-{i:02d}" for i in range(1, 13)]
    base = {d: (4.0 if d.startswith("coldroom") else 24.0 if d.startswith("greenhouse") else 21.0) + r.uniform(-1.5, 1.5) for d in devices}
    drift = {d: (r.choice([0.004, -0.003, 0.006]) if r.random() < 0.2 else 0.0) for d in devices}
    battery = {d: r.uniform(3.6, 4.1) for d in devices}
    silent_at = g.start + timedelta(seconds=g.span * 0.6)
    out = []
    for i, t in g.ticks(30):
        for d in devices:
            if d == SILENT_DEVICE and t >= silent_at:
                continue
            jitter = timedelta(milliseconds=r.randint(0, 2500))
            temp = base[d] + drift[d] * i + 0.6 * math.sin(i / 20) + r.gauss(0, 0.15)
            if r.random() < 0.004 or (d == "greenhouse-07" and i % 40 in (12, 13)):
                temp += r.uniform(8, 12)  # a spike: door open, sun on the sensor, a fault
            battery[d] -= r.uniform(0, 0.0004)
            rec = {"ts": iso(t + jitter), "device": d, "sensor": "sht31" if not d.startswith("coldroom") else "ds18b20",
                   "unit": "celsius", "temperature": round(temp, 2), "battery": round(battery[d], 3)}
            if not d.startswith("coldroom"):
                rec["humidity"] = round(min(max(55 + r.gauss(0, 4) - (temp - 22) * 1.5, 10), 99), 1)
            out.append(json.dumps(rec, separators=(",", ":")))
    return out


FILES = {
    "syslog-rfc5424.log": syslog_5424,
    "syslog-rfc3164.log": syslog_3164,
    "access.log": access_log,
    "app.jsonl": app_jsonl,
    "node-exporter.prom": prometheus_text,
    "telegraf.lp": line_protocol,
    "otlp-logs.json": otlp_logs,
    "otlp-metrics.json": otlp_metrics,
    "iot-sensors.jsonl": iot,
}


def generate(out: Path, *, scale: int = 1, seed: int = 7, start: str = DEFAULT_START) -> dict[str, int]:
    """Write every sample file into ``out``; returns lines written per file."""
    out.mkdir(parents=True, exist_ok=True)
    t0 = datetime.fromisoformat(start.replace("Z", "+00:00"))
    counts = {}
    for i, (name, fn) in enumerate(FILES.items()):
        lines = fn(Gen(random.Random(seed * 1000 + i), t0, scale))
        (out / name).write_text("\n".join(lines) + "\n")
        counts[name] = len(lines)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output directory (default: beside this script)")
    ap.add_argument("--scale", type=int, default=1, help="multiply records and time span (default 1)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--start", default=DEFAULT_START, help="first timestamp, RFC 3339 (default %(default)s)")
    a = ap.parse_args()
    if a.scale < 1:
        ap.error("--scale must be at least 1")
    for name, n in generate(a.out, scale=a.scale, seed=a.seed, start=a.start).items():
        print(f"{n:>8} lines  {a.out / name}")


if __name__ == "__main__":
    main()
