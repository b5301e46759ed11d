"""What the never-seen set generators (``loggen_unseen4.py`` onwards) share: production-like values, and the
machinery that draws, writes and verifies a set.

Each generator stays frozen: it must regenerate its set, which lives outside the repository, byte for byte.
So nothing here may change what a generator draws.  ``tests/bench_external/test_loggen_kit.py`` pins a hash
of every generator's output and fails on any change; a new helper or a new behaviour goes in under a new name.

Ground truth of every set: one format string / log call in the program's source is one template; whatever
the program fills in is a slot, words included.  Text the logger adds (timestamps, levels, pids, module tags,
file:line locations, connection ids) comes from header slots and never decides a label.
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

R = random.Random
MIN_PER = 12  # every template gets at least this many lines
SLOT = re.compile(r"\{(\w+)\}")


def hexs(r: R, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def b62(r: R, n: int) -> str:
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def ip4(r: R) -> str:
    k = r.random()
    if k < 0.45:
        return f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.7:
        return f"192.168.{r.choice((0, 1, 1, 2, 10, 178))}.{r.randint(2, 254)}"
    return f"{r.choice((31, 45, 62, 77, 89, 91, 103, 141, 176, 185, 194, 203, 212))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip6(r: R) -> str:
    return f"2001:db8:{r.randint(0, 0xffff):x}:{r.randint(0, 0xff):x}::{r.randint(1, 0xffff):x}"


def uuid4(r: R) -> str:
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def num(lo: int, hi: int) -> Callable[[R], str]:
    return lambda r: str(r.randint(lo, hi))


def choice(pool: tuple[str, ...]) -> Callable[[R], str]:
    return lambda r: r.choice(pool)


def lognum(r: R, hi: int = 6) -> str:
    """A count spread over orders of magnitude, as counters are."""
    return str(r.randint(0, 10 ** r.randint(1, hi)))


def clock(r: R) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def syslog_head(prog: str, hosts: tuple[str, ...], pids: tuple[int, ...] | None = None) -> Callable[[R], str]:
    """Collected syslog file line head "Mmm dd HH:MM:SS host prog[pid]: " (multi-host: host and pid vary)."""
    def head(r: R) -> str:
        pid = f"[{r.choice(pids)}]" if pids else ""
        return f"Nov {day(r):2d} {clock(r)} {r.choice(hosts)} {prog}{pid}: "
    return head


def day(r: R) -> int:
    return r.randint(1, 28)


def ms3(r: R) -> str:
    return f"{r.randint(0, 999):03d}"


def godur(r: R) -> str:
    """Go's ``time.Duration.String()``."""
    k = r.random()
    if k < 0.4:
        return f"{r.uniform(0.05, 999):.{r.randint(0, 3)}f}ms".replace(".ms", "ms")
    if k < 0.8:
        return f"{r.uniform(1, 59):.{r.randint(1, 6)}f}s"
    return f"{r.randint(1, 59)}m{r.uniform(0, 59):.{r.randint(0, 3)}f}s"


USERS = ("alice", "bob", "carol", "dmitri", "eva", "farid", "gwen", "hiro", "ines", "jonas", "kate", "lars", "mei",
         "nadia", "olek", "priya", "quentin", "rosa", "sven", "tomas", "ursula", "viktor", "wen", "yusuf", "zoe")
HOSTS = ("web01", "web02", "app-01", "app-02", "db-primary", "db-replica-1", "build-07", "ci-runner-3", "mail01",
         "fs02", "node017", "node101", "gpu-04", "nas", "edge-gw1", "k8s-worker-5", "backup01", "mon01")
ERRNO = ("Connection refused", "Connection reset by peer", "No route to host", "Connection timed out",
         "Network is unreachable", "Broken pipe", "Permission denied", "No such file or directory",
         "Too many open files", "Resource temporarily unavailable", "Address already in use")


def base_slots() -> dict[str, Callable[[R], str]]:
    """The slots every set's templates may use; a generator adds its programs' own to a fresh copy."""
    return {
        "ip": ip4, "ip6": ip6, "uuid": uuid4, "n": lognum, "small": num(0, 9), "port": num(1024, 65535),
        "pid": num(300, 4_194_303), "godur": godur, "hex8": lambda r: hexs(r, 8), "hex12": lambda r: hexs(r, 12),
        "errno": choice(ERRNO), "host": choice(HOSTS), "user": choice(USERS), "day": lambda r: f"{day(r):02d}",
        "clock": clock, "ms3": ms3,
    }


def _artemis_form(lit: str) -> tuple[str, Callable[[str], str]]:
    """Apache Artemis declares its messages as ``@LogMessage(id = N, value = "...")`` and prints ``AMQN: ...``."""
    text = re.sub(r"AMQ(\d{6}): ", lambda m: f'id = {m.group(1)}, value = "', lit)
    return text, lambda w: re.sub(r"^AMQ(\d{6})$", r"\1", w)


@dataclass
class GeneratedSet:
    """One set: its file prefix (``u9``), seed, programs' templates, their sources, slots and per-line memory."""

    prefix: str
    seed: int
    systems: dict[str, tuple[str, ...]]
    sources: dict[str, tuple[str, str, str]]  # program: (repository, commit read, files holding the format strings)
    slots: dict[str, Callable[[R], str]]
    line: dict[str, str] = field(default_factory=dict)  # values a line's header chose that its message repeats
    artemis_ids: bool = False  # verify: read ``AMQN: `` as Artemis' ``id = N, value = "``

    def fill(self, tpl: str, r: R) -> str:
        self.line.clear()
        return SLOT.sub(lambda m: self.slots[m.group(1)](r), tpl)

    def lines(self, name: str, n: int, seed: int | None = None) -> Iterator[tuple[int, str]]:
        """``n`` (statement index, message) pairs of one program: every statement MIN_PER times, the rest Zipf-like
        by listed order (with a little per-program jitter), shuffled."""
        r = random.Random(f"{name}:{self.seed if seed is None else seed}")
        tpls = self.systems[name]
        s = r.uniform(0.9, 1.4)
        weights = [1.0 / (rank + 1) ** s for rank in range(len(tpls))]
        picks = [t for t in range(len(tpls)) for _ in range(MIN_PER)]
        picks += r.choices(range(len(tpls)), weights=weights, k=n - len(picks))
        r.shuffle(picks)
        for t in picks:
            yield t, self.fill(tpls[t], r).replace("\t", " ").replace("\n", " ").rstrip()

    def write(self, out: Path, n: int) -> None:
        out.mkdir(parents=True, exist_ok=True)
        for name in self.systems:
            text = "".join(f"{name}#{t}\t{name}\t{m}\n" for t, m in self.lines(name, n))
            dest = out / f"{self.prefix}-{name}.tsv.gz"
            with open(dest, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as f:
                f.write(text.encode())
            dest.chmod(0o600)
        print(f"wrote {len(self.systems)} programs x {n} lines to {out}")

    def verify(self, mirrors: Path) -> int:
        """Every literal run of a template (>= 6 chars, slots removed) must occur in the program's repository at the
        recorded commit; a run not found verbatim (C string split over lines, key=value fields, %-conversions) passes
        as SOFT when each of its words of >= 3 characters occurs.  Prints MISS for the rest."""
        bad = soft = 0

        def found(git: Path, ref: str, text: str) -> bool:
            return subprocess.run(["git", "-C", str(git), "grep", "-q", "-F", "-e", text, ref, "--"],
                                  capture_output=True).returncode == 0

        for name, tpls in self.systems.items():
            repo, ref, _ = self.sources[name]
            git = mirrors / repo.replace("/", "+") / "repo"
            for i, tpl in enumerate(tpls):
                for lit in SLOT.split(tpl)[::2]:
                    lit = lit.replace('\\"', '"').strip(' ."[]:=')
                    if len(lit) < 6 or found(git, ref, lit):
                        continue
                    word: Callable[[str], str] = str
                    if self.artemis_ids:
                        lit, word = _artemis_form(lit)
                        if found(git, ref, lit):
                            continue
                    words = [word(w) for w in re.split(r"[\s=:(),.\[\]'\"`{}#<>%]+", lit) if len(w) >= 3]
                    if all(found(git, ref, w) for w in words):
                        soft += 1
                        print(f"SOFT {name}#{i}: {lit!r}")
                    else:
                        bad += 1
                        print(f"MISS {name}#{i}: {lit!r}")
        print(f"verify: {bad} literal runs not found, {soft} found only word by word")
        return bad

    def main(self, doc: str | None) -> None:
        ap = argparse.ArgumentParser(description=(doc or "").splitlines()[0] if doc else None)
        ap.add_argument("--out", type=Path, default=Path(__file__).parent)
        ap.add_argument("-n", type=int, default=2000, help="lines per program")
        ap.add_argument("--verify", action="store_true", help="check template literals against /work/.mirror")
        ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
        a = ap.parse_args()
        if a.verify:
            raise SystemExit(1 if self.verify(a.mirrors) else 0)
        self.write(a.out, a.n)
