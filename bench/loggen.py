"""Labelled log generator for the pattern miner's evaluation sets.

Each *system* (see ``loggen_systems.py``) is a service name and a list of
templates written as format strings with typed slots (``{ip}``, ``{user}``,
``{kv}`` …).  A generated line keeps the index of the template it came from,
so grouping accuracy can be scored against the truth.  Slot values are drawn
from realistic shapes, including the hard ones for template miners: variable
words (user names, table names, states), multi-word values (error phrases),
lists and optional key=value pairs that change the token count.

Sets (the protocol that keeps the evaluation honest):

* ``tune``      – the TUNE systems, seed 1: the only set the miner was tuned on;
* ``heldout``   – the same TUNE systems, seed 2 (other values, order, mix);
* ``unseen``    – the UNSEEN systems, seed 3: formats not looked at while tuning,
  scored once (first look: see docs/patterns.md), then used to fix weaknesses;
* ``fresh``     – the FRESH systems, seed 4: written after that first look,
  before the fixes it prompted; scored once, then used like ``unseen``;
* ``final``     – the FINAL systems, seed 5: written after those fixes, scored once
  with the miner frozen (0.894), then used to fix weaknesses;
* ``last``      – the LAST systems, seed 6: written before those fixes, scored once
  blind with the miner frozen (0.841), then used to fix weaknesses;
* ``blind``     – the BLIND systems, seed 7: written after that, scored once blind
  (0.893) with no change made after LAST's score, then used;
* ``probe``     – the PROBE systems, seed 8: written before the next fixes, scored
  once blind (0.744), then used to fix weaknesses;
* ``omega``     – the OMEGA systems, seed 9: written before those fixes, scored
  once blind (0.689); one change followed (bare-word key=value values kept);
* ``zeta``      – the ZETA systems, seed 10: written before the next change, scored
  once at the end.
* ``holdout``   – the HOLDOUT systems, seed 11 (``loggen_holdout.py``, session 2):
  15 programs in no earlier set, written before any change of that session and
  scored only a few times, each score recorded; never used to find weaknesses.
  (Not to be confused with ``heldout``: the TUNE systems with other values.)
* ``dev``       – the DEV systems, seed 12 (``loggen_dev.py``): 8 more programs
  labelled by HOLDOUT's rule, written after HOLDOUT's second score to tune on.
* ``dev2``      – the DEV2 systems, seed 13 (``loggen_dev2.py``): 8 more, written
  after HOLDOUT's third score, scored once before any change, then tuned on.
* ``dev3``      – the DEV3 systems, seed 14 (``loggen_dev3.py``): 8 more, written
  after HOLDOUT's fourth score, scored once blind, then tuned on.

``python bench/loggen.py --out tests/data/patterns`` rewrites the stored
held-out sets (gzip TSV: template id, service, message).
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import string
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

R = random.Random
USERS = ("root admin alice bob carol dave deploy git postgres ubuntu jenkins oracle test guest "
         "www-data nagios backup mallory svc_build ftp mysql elastic hadoop spark pi").split()
WORDS = ("orders users payments invoices sessions events metrics inventory carts shipments "
         "accounts audit ledger profiles tokens catalog reviews").split()
STATES = "RUNNING STOPPED PENDING FAILED STARTING TERMINATED SUSPENDED READY".split()
NETERR = ("connection refused", "i/o timeout", "no route to host", "connection reset by peer",
          "EOF", "broken pipe", "network is unreachable", "TLS handshake timeout")
EXC = ("java.lang.NullPointerException", "java.io.IOException", "java.net.SocketTimeoutException",
       "java.lang.IllegalStateException", "org.postgresql.util.PSQLException",
       "java.util.concurrent.TimeoutException", "java.lang.OutOfMemoryError")
NS = "default kube-system payments monitoring ingress-nginx staging prod logging".split()
APPS = "api web worker frontend checkout auth search billing gateway cache".split()
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
EXTS = ".log .txt .json .csv .tar.gz .conf .yaml .db".split()
DIRS = "var lib log tmp data opt srv home etc run cache spool backups".split()


def _hex(r: R, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def _ip(r: R) -> str:
    return ".".join(str(r.randint(1, 254)) for _ in range(4))


def _path(r: R) -> str:
    parts = [r.choice(DIRS) for _ in range(r.randint(1, 4))]
    return "/" + "/".join(parts) + "/" + r.choice(WORDS + USERS) + r.choice(EXTS)


def _dur(r: R) -> str:
    k = r.randint(0, 4)
    if k == 0:
        return f"{r.randint(1, 999)}ms"
    if k == 1:
        return f"{r.uniform(0, 60):.{r.randint(1, 3)}f}s"
    if k == 2:
        return f"{r.randint(1, 59)}m{r.randint(0, 59)}s"
    if k == 3:
        return f"{r.randint(1, 900)}µs"
    return f"{r.randint(1, 23)}h{r.randint(0, 59)}m{r.randint(0, 59)}s"


def _iso(r: R) -> str:
    frac = f".{r.randint(0, 999999):06d}" if r.random() < 0.5 else ""
    return (f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
            f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}{frac}Z")


def _host(r: R) -> str:
    k = r.randint(0, 2)
    if k == 0:
        return f"{r.choice(APPS)}-{r.randint(1, 40):02d}.prod.internal"
    if k == 1:
        return f"ip-10-0-{r.randint(0, 255)}-{r.randint(0, 255)}"
    return f"{r.choice(APPS)}{r.randint(1, 9)}"


def _pod(r: R) -> str:
    return f"{r.choice(APPS)}-{_hex(r, r.choice((8, 9, 10)))}-{''.join(r.choice(string.ascii_lowercase + string.digits) for _ in range(5))}"


def _list(r: R) -> str:
    return ", ".join(str(r.randint(1, 999)) for _ in range(r.randint(1, 6)))


def _files(r: R) -> str:
    return " ".join(r.choice(WORDS) + r.choice(EXTS) for _ in range(r.randint(1, 4)))


def _kv(r: R) -> str:
    """Optional extra key=value pairs: a variable number of tokens."""
    keys = ["trace_id", "span", "attempt", "region", "shard"]
    n = r.randint(0, 3)
    vals = {"trace_id": _hex(r, 16), "span": _hex(r, 8), "attempt": str(r.randint(1, 5)),
            "region": r.choice(("eu-west-1", "us-east-2", "ap-south-1")), "shard": str(r.randint(0, 63))}
    return " ".join(f"{k}={vals[k]}" for k in r.sample(keys, n))


def _json(r: R) -> str:
    return (f'{{"user":"{r.choice(USERS)}","items":{r.randint(1, 40)},'
            f'"total":{r.uniform(1, 900):.2f},"coupon":{r.choice(("null", "true", "false"))}}}')


def _sql(r: R) -> str:
    t = r.choice(WORDS)
    return r.choice((f"SELECT * FROM {t} WHERE id = {r.randint(1, 99999)}",
                     f"UPDATE {t} SET status = 'done' WHERE id IN ({_list(r)})",
                     f"DELETE FROM {t} WHERE created_at < now() - interval '{r.randint(1, 90)} days'",
                     f"INSERT INTO {t} VALUES ({r.randint(1, 999)}, '{r.choice(USERS)}')"))


def _errmsg(r: R) -> str:
    return r.choice(("disk quota exceeded", "permission denied", "file not found", "timeout",
                     "resource temporarily unavailable", "invalid argument", "device busy"))


SLOTS: dict[str, Callable[[R], str]] = {
    "int": lambda r: str(r.randint(0, 10 ** r.randint(1, 6))),
    "port": lambda r: str(r.randint(1024, 65535)),
    "pid": lambda r: str(r.randint(100, 99999)),
    "status": lambda r: r.choice("200 200 200 201 204 301 302 304 400 401 403 404 500 502 503".split()),
    "size": lambda r: str(r.randint(0, 2_000_000)),
    "ms": lambda r: str(r.randint(0, 5000)),
    "dur": _dur,
    "float": lambda r: f"{r.uniform(0, 1000):.{r.randint(1, 3)}f}",
    "pct": lambda r: f"{r.uniform(0, 100):.1f}%",
    "ip": _ip,
    "ipport": lambda r: f"{_ip(r)}:{r.randint(1024, 65535)}",
    "ipv6": lambda r: "fe80::" + ":".join(_hex(r, 4) for _ in range(4)),
    "mac": lambda r: ":".join(_hex(r, 2) for _ in range(6)),
    "hex": lambda r: "0x" + _hex(r, r.choice((4, 8, 16))),
    "hexid": lambda r: _hex(r, r.choice((12, 16, 32))),
    "sha": lambda r: _hex(r, r.choice((7, 12, 40))),
    "uuid": lambda r: f"{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)}",
    "path": _path,
    "url": lambda r: f"https://{r.choice(APPS)}.example.com/v{r.randint(1, 3)}/{r.choice(WORDS)}/{r.randint(1, 99999)}",
    "upath": lambda r: r.choice((f"/api/v1/{r.choice(WORDS)}/{r.randint(1, 9999)}", f"/{r.choice(WORDS)}",
                                 f"/static/{r.choice(WORDS)}.{r.choice(('js', 'css', 'png'))}",
                                 f"/search?q={r.choice(WORDS)}&page={r.randint(1, 9)}")),
    "email": lambda r: f"{r.choice(USERS)}@{r.choice(('example.com', 'corp.local', 'mail.org'))}",
    "host": _host,
    "user": lambda r: r.choice(USERS),
    "word": lambda r: r.choice(WORDS),
    "state": lambda r: r.choice(STATES),
    "onoff": lambda r: r.choice(("ON", "OFF")),
    "neterr": lambda r: r.choice(NETERR),
    "exc": lambda r: r.choice(EXC),
    "ns": lambda r: r.choice(NS),
    "app": lambda r: r.choice(APPS),
    "pod": _pod,
    "method": lambda r: r.choice(("GET", "GET", "POST", "PUT", "DELETE", "PATCH")),
    "iso": _iso,
    "clock": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "sysdate": lambda r: f"{r.choice(MONTHS)} {r.randint(1, 28):>2} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    "clf": lambda r: f"{r.randint(1, 28):02d}/{r.choice(MONTHS)}/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000",
    "version": lambda r: f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
    "list": _list,
    "files": _files,
    "kv": _kv,
    "json": _json,
    "sql": _sql,
    "errmsg": _errmsg,
    "thread": lambda r: r.choice((f"pool-{r.randint(1, 9)}-thread-{r.randint(1, 64)}", "main",
                                  f"http-nio-8080-exec-{r.randint(1, 200)}", f"kafka-producer-{r.randint(1, 4)}")),
    "device": lambda r: r.choice((f"sensor-{r.randint(1, 500):03d}", f"gw-{r.randint(1, 20)}",
                                  f"th{r.randint(1, 99)}", f"node{r.randint(1, 64)}")),
    "temp": lambda r: f"{r.uniform(-10, 45):.1f}",
    "rssi": lambda r: str(r.randint(-110, -30)),
    "level": lambda r: r.choice(("INFO", "INFO", "INFO", "WARN", "DEBUG", "ERROR")),
    "cls": lambda r: r.choice(("c.a.o.OrderService", "c.a.p.PaymentClient", "o.s.w.s.DispatcherServlet",
                               "c.a.i.InventoryRepo", "c.z.h.HikariPool", "o.a.k.c.NetworkClient")),
}
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class System:
    """One log source: a service name and weighted templates with typed slots."""

    service: str
    templates: tuple[str, ...]

    def lines(self, n: int, seed: int) -> Iterator[tuple[int, str]]:
        """``n`` (template index, message) pairs; Zipf-like template frequencies."""
        r = random.Random(f"{self.service}:{seed}")
        order = list(range(len(self.templates)))
        r.shuffle(order)  # which templates are frequent differs per seed
        weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(order))]
        picks = r.choices(order, weights=weights, k=n)
        for t in picks:
            tpl = self.templates[t]
            msg = _SLOT.sub(lambda m: SLOTS[m.group(1)](r), tpl)
            yield t, msg.replace("{{", "{").replace("}}", "}").rstrip()


def generate(set_name: str, n: int = 1500) -> dict[str, list[tuple[str, str, str]]]:
    """Set name → {system: [(truth label, service, message)]}."""
    from loggen_blind import BLIND, FINAL, FRESH, LAST, OMEGA, PROBE  # noqa: PLC0415  (script-local modules)
    from loggen_systems import TUNE, UNSEEN  # noqa: PLC0415
    from loggen_dev import DEV  # noqa: PLC0415
    from loggen_dev2 import DEV2  # noqa: PLC0415
    from loggen_dev3 import DEV3  # noqa: PLC0415
    from loggen_holdout import HOLDOUT  # noqa: PLC0415
    from loggen_zeta import ZETA  # noqa: PLC0415

    systems, seed = {"holdout": (HOLDOUT, 11), "dev": (DEV, 12), "dev2": (DEV2, 13), "dev3": (DEV3, 14), "tune": (TUNE, 1), "heldout": (TUNE, 2), "unseen": (UNSEEN, 3), "fresh": (FRESH, 4),
                     "final": (FINAL, 5), "last": (LAST, 6), "blind": (BLIND, 7), "probe": (PROBE, 8),
                     "omega": (OMEGA, 9), "zeta": (ZETA, 10)}[set_name]
    out: dict[str, list[tuple[str, str, str]]] = {}
    for s in systems:
        out[s.service] = [(f"{s.service}#{t}", s.service, m) for t, m in s.lines(n, seed)]
    return out


def write_sets(out_dir: Path, n: int) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for set_name in ("heldout", "unseen", "fresh", "final", "last", "blind", "probe", "omega", "zeta", "holdout", "dev", "dev2", "dev3"):
        lines = n if set_name not in ("zeta", "holdout", "dev", "dev2", "dev3") else 2 * n // 3  # later sets smaller: the data stays small
        for system, rows in generate(set_name, lines).items():
            p = out_dir / f"{set_name}-{system}.tsv.gz"
            text = "".join(f"{label}\t{svc}\t{msg.replace(chr(9), ' ')}\n" for label, svc, msg in rows)
            with open(p, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
                f.write(text.encode())  # mtime 0: the same lines give the same bytes


def read_set(path: Path) -> list[tuple[str, str, str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="\n") as f:
        return [tuple(line.rstrip("\n").split("\t", 2)) for line in f]  # type: ignore[misc]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("tests/data/patterns"))
    ap.add_argument("-n", type=int, default=1500, help="lines per system")
    a = ap.parse_args()
    write_sets(a.out, a.n)
