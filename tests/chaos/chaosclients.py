"""Load clients of the chaos suite (threads, blocking sockets), re-exported by :mod:`chaoskit`.

Every record carries a unique id; a client records an id as *acked* only when
the protocol acknowledged it (forward ``ack`` / HTTP 204) and never resends an
id, so an id seen twice in the archive is a duplicate made by Millpond.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

import msgpack


class Target(Protocol):
    """What a client needs of the appliance: its loopback ports."""

    http: int
    forward: int


@dataclass
class Tally:
    """What one client sent: ids acknowledged, ids sent without an ack, refusals seen."""

    acked: set[str] = field(default_factory=set)
    unacked: set[str] = field(default_factory=set)
    refusals: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, ids: list[str], ok: bool, why: str = "") -> None:
        with self.lock:
            (self.acked if ok else self.unacked).update(ids)
            if not ok:
                self.refusals[why] += 1


class Client(threading.Thread):
    """Sends batches of ``batch`` uniquely-id'd records until stopped; subclasses speak a protocol."""

    kind = "?"

    def __init__(self, app: Target, batch: int = 50, prefix: str = "") -> None:
        super().__init__(daemon=True, name=f"chaos-{self.kind}")
        self.app, self.batch = app, batch
        self.prefix = prefix or f"{self.kind}-{uuid.uuid4().hex[:6]}"
        self.tally = Tally()
        self.halt = threading.Event()
        self.seq = 0
        self.sent_batches = 0
        self.error: BaseException | None = None

    def ids(self) -> list[str]:
        out = [f"{self.prefix}-{self.seq + i}" for i in range(self.batch)]
        self.seq += self.batch
        return out

    def run(self) -> None:
        try:
            while not self.halt.is_set():
                ids = self.ids()
                try:
                    ok, why = self.send(ids)
                except ConnectionRefusedError:
                    self.reset()
                    self.seq -= self.batch  # nothing left this client: reuse the ids, count the refusal only
                    self.tally.refusals["connect refused"] += 1
                    self.halt.wait(0.05)
                    continue
                except (OSError, http.client.HTTPException, msgpack.UnpackException, ValueError) as e:
                    ok, why = False, type(e).__name__
                    self.reset()
                self.tally.add(ids, ok, why)
                self.sent_batches += 1
                if not ok:
                    self.halt.wait(0.05)  # a client's back-off before its next (fresh) batch
        except BaseException as e:  # noqa: BLE001 - surfaced by the test via .error
            self.error = e

    def send(self, ids: list[str]) -> tuple[bool, str]:
        raise NotImplementedError

    def reset(self) -> None:
        pass

    def stop(self) -> Tally:
        self.halt.set()
        self.join(30)
        if self.error is not None:
            raise self.error
        return self.tally


class ForwardClient(Client):
    """Fluent forward Forward-mode messages with ``chunk``; acked only on ``{"ack": chunk}``."""

    kind = "fwd"

    def __init__(self, app: Target, batch: int = 50, timeout: float = 10.0) -> None:
        super().__init__(app, batch)
        self.sock: socket.socket | None = None
        self.timeout = timeout
        self.unpacker = msgpack.Unpacker(raw=False)

    def reset(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock = None

    def send(self, ids: list[str]) -> tuple[bool, str]:
        if self.sock is None:
            self.sock = socket.create_connection(("127.0.0.1", self.app.forward), timeout=self.timeout)
            self.unpacker = msgpack.Unpacker(raw=False)
        chunk = uuid.uuid4().hex
        now = int(time.time())
        entries = [[now, {"message": f"chaos forward {i}", "id": i, "host": "chaos"}] for i in ids]
        self.sock.sendall(msgpack.packb(["chaos.fwd", entries, {"chunk": chunk}]))
        while True:
            for reply in self.unpacker:
                if isinstance(reply, dict) and reply.get("ack") == chunk:
                    return True, ""
            data = self.sock.recv(65536)
            if not data:
                self.reset()
                return False, "closed"
            self.unpacker.feed(data)


class HttpClient(Client):
    """One keep-alive HTTP connection; acked only on 204."""

    path = "/"
    ctype = "text/plain"

    def __init__(self, app: Target, batch: int = 50) -> None:
        super().__init__(app, batch)
        self.conn: http.client.HTTPConnection | None = None
        self.statuses: Counter[int] = Counter()
        self.retry_after_seen = 0

    def reset(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.conn = None

    def body(self, ids: list[str]) -> bytes:
        raise NotImplementedError

    def send(self, ids: list[str]) -> tuple[bool, str]:
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.app.http, timeout=15)
        self.conn.request("POST", self.path, body=self.body(ids), headers={"Content-Type": self.ctype})
        r = self.conn.getresponse()
        r.read()
        self.statuses[r.status] += 1
        if r.status in (429, 503) and r.getheader("Retry-After"):
            self.retry_after_seen += 1
        if r.getheader("Connection", "").lower() == "close":
            self.reset()
        return r.status == 204, str(r.status)


class JsonLogsClient(HttpClient):
    kind = "json"
    path = "/api/v1/logs"
    ctype = "application/x-ndjson"

    def body(self, ids: list[str]) -> bytes:
        return "\n".join(json.dumps({"message": f"chaos json {i}", "id": i, "service": "chaos-json",
                                     "host": "chaos"}) for i in ids).encode()


class LineProtocolClient(HttpClient):
    kind = "lp"
    path = "/write"

    def body(self, ids: list[str]) -> bytes:
        return "\n".join(f"chaos,host=chaos,id={i} value={n}" for n, i in enumerate(ids)).encode()
